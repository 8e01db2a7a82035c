/**
 * When this page's annotation starts over or goes away, decided only by what a
 * page cannot forge. WXT's ContentScriptContext ends a script when it sees a
 * "content-script-started" window message or document event, and announces
 * itself with one; a page can send those too (the extension id is public), so
 * nothing here hangs on that context: its signal tears nothing down, and the
 * start-up broadcast is switched off (noScriptStartedPostMessage).
 * - a navigation is a change of location.href, checked when the Navigation API
 *   says one happened and once a second otherwise (a forged event changes nothing);
 * - the extension going away (reload, update, removal) shows as runtime.id
 *   disappearing, which no page can cause.
 */
import { extensionAlive } from '@/lib/messaging/messages';
import { CARD_TAG, PANEL_TAG } from './ui';

const CHECK_MS = 1000;

export interface Lifecycle {
  /** The page moved to another URL without loading a new document (single-page sites). */
  onNavigate(): void;
  /** This script's extension is gone: it can never reach the background again. */
  onOrphaned(): void;
}

/** Starts watching; returns the function that stops it. */
export function watchLifecycle(win: Window, events: Lifecycle): () => void {
  let url = win.location.href;
  const check = () => {
    if (!extensionAlive()) {
      stop();
      events.onOrphaned();
      return;
    }
    if (win.location.href === url) return;
    url = win.location.href;
    events.onNavigate();
  };
  const timer = win.setInterval(check, CHECK_MS);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  const stop = () => {
    win.clearInterval(timer);
    navigation?.removeEventListener('navigatesuccess', check);
  };
  return stop;
}

/**
 * Panels and cards this script did not make: left by a script of an earlier
 * version of the extension that this one replaces (see lib/background/reinject.ts).
 */
export function removeStaleUi(doc: Document): void {
  for (const el of doc.querySelectorAll(`${PANEL_TAG}, ${CARD_TAG}`)) el.remove();
}
