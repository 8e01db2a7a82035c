/**
 * The one message the page side sends to grow: the language check, on a page in
 * Vietnamese, asks for the bootstrap ('bootstrap'); the bootstrap, when a page looks like
 * an article, asks for the finder ('finder'); the finder, when it finds one, asks for
 * the annotator. The background checks who asks and injects only into the asking frame
 * of the asking tab, on a web page; the browser itself refuses where the extension has
 * no host permission or activeTab grant.
 */
import { ARTICLE_FILE, injectAnnotator, type Scripting } from './annotate-tab';
import { BOOTSTRAP_FILE } from './registration';

/** The finder, as WXT builds entrypoints/finder.ts. */
export const FINDER_FILE = '/finder.js';

export interface LoadAnnotatorRequest {
  type: 'annotator:load';
  /** 'bootstrap': the page is in Vietnamese; 'finder': it looks like an article; absent: the annotator. */
  stage?: 'bootstrap' | 'finder';
}

export type LoadReply = { ok: true; value: { loaded: true } } | { ok: false; error: string };

export function isLoadAnnotator(message: unknown): message is LoadAnnotatorRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, stage } = message as { type?: unknown; stage?: unknown };
  return type === 'annotator:load' && (stage === undefined || stage === 'bootstrap' || stage === 'finder');
}

export interface LoadSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Injects the bootstrap, the finder or the annotator into the sender's frame: only for a content script of this extension, in a tab, on a web page. */
export async function loadAnnotator(scripting: Scripting, sender: LoadSender, extensionId: string, request: LoadAnnotatorRequest = { type: 'annotator:load' }): Promise<LoadReply> {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined || tabId < 0 || !/^https?:\/\//.test(sender.url ?? '')) {
    return { ok: false, error: 'Only a content script in a web page may ask for the annotator.' };
  }
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    if (request.stage === 'bootstrap') await scripting.executeScript({ target, files: [BOOTSTRAP_FILE] });
    else if (request.stage === 'finder') await scripting.executeScript({ target, files: [ARTICLE_FILE, FINDER_FILE] });
    else await injectAnnotator(scripting, target);
    return { ok: true, value: { loaded: true } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
