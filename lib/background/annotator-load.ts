/**
 * The one message the bootstrap sends: "this frame holds an article, bring the
 * annotator". The background checks who asks and injects only into the asking
 * frame of the asking tab, on a web page; it never injects where the extension may
 * not run (the browser refuses without a host permission or an activeTab grant).
 */
import { injectAnnotator, type Scripting } from './annotate-tab';

export interface LoadAnnotatorRequest {
  type: 'annotator:load';
}

export type LoadReply = { ok: true; value: { loaded: true } } | { ok: false; error: string };

export function isLoadAnnotator(message: unknown): message is LoadAnnotatorRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'annotator:load';
}

export interface LoadSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Injects the annotator into the sender's frame: only a content script of this extension, in a tab, on a web page. */
export async function loadAnnotator(scripting: Scripting, sender: LoadSender, extensionId: string): Promise<LoadReply> {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined || tabId < 0 || !/^https?:\/\//.test(sender.url ?? '')) {
    return { ok: false, error: 'Only a content script in a web page may ask for the annotator.' };
  }
  try {
    await injectAnnotator(scripting, { tabId, frameIds: [sender.frameId ?? 0] });
    return { ok: true, value: { loaded: true } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
