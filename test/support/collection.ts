/**
 * Helpers for the collection's end-to-end tests and benchmark: talk to the
 * background the way the extension's own pages do, and clip a fixture article.
 */
import type { Page } from 'playwright-core';
import type { ClippingInput } from '../../lib/store/types';

/** The page's `chrome` global, which Node's types do not know. */
type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };

/** Sends a runtime message from one of the extension's pages (the background accepts only those and content scripts). */
export function sendFromExtensionPage<T>(page: Page, message: unknown): Promise<Reply<T>> {
  return page.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

/** Saves a clipping through the background's 'clip:save', the message the content script sends. */
export async function saveThroughBackground(page: Page, clipping: ClippingInput): Promise<{ id: string; created: boolean }> {
  const reply = await sendFromExtensionPage<{ id: string; created: boolean }>(page, { type: 'clip:save', clipping });
  if (!reply.ok) throw new Error(`clip:save refused: ${reply.error}`);
  return reply.value;
}
