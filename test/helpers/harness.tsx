/**
 * Renders the popup or the library page in happy-dom over a fake-indexeddb
 * database, with the real background router answering runtime messages (and
 * reaching tabs through fakeBrowser.tabs, as the background does through browser.tabs).
 */
import { render } from 'preact';
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/lib/background/router';
import { AnnotatorDb } from '@/lib/store/db';
import type { SyncControl } from '@/lib/sync/types';

/** `sync`: a fake sync engine behind the router; without it sync requests are refused, as where sync is not built in. */
export function setUp({ sync }: { sync?: SyncControl } = {}) {
  const db = new AnnotatorDb(`ui-${crypto.randomUUID()}`);
  const route = createRouter({ db, setBadge: async () => {}, sync, tabs: fakeBrowser.tabs });
  // The popup and library are extension pages.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => route(message, { kind: 'extension-page', url: 'chrome-extension://test/popup.html' }));
  const container = document.createElement('div');
  document.body.append(container);
  return {
    db,
    container,
    show(node: preact.ComponentChild) {
      render(node, container);
    },
    async tearDown() {
      render(null, container);
      container.remove();
      await db.delete();
    },
  };
}

export const $ = (root: ParentNode, selector: string) => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el as HTMLElement;
};

/** Every element matching, whose text contains the given words. */
export const withText = (root: ParentNode, selector: string, text: string | RegExp) =>
  [...root.querySelectorAll<HTMLElement>(selector)].filter((el) =>
    typeof text === 'string' ? el.textContent?.includes(text) : text.test(el.textContent ?? ''),
  );

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label.includes(name) : name.test(label);
  });
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

export function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export const titles = (root: ParentNode) => [...root.querySelectorAll('.clipping-title')].map((a) => a.textContent);

export const eventually = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 20 });

/** Waits until every card is loaded (the heading shows the total): filters and facets are ready. */
export const allLoaded = (root: ParentNode, total: number) =>
  eventually(() => expect(root.querySelector('#collection-heading .total')?.textContent).toBe(`(${total})`));
