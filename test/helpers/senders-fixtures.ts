/** Senders as the background sees them, for the router tests. */
import type { Sender } from '@/lib/background/senders';

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
export const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: EXTENSION_ORIGIN };

export const popup: Sender = { kind: 'extension-page', url: `${EXTENSION_ORIGIN}/popup.html` };
export const libraryTab: Sender = { kind: 'extension-page', url: `${EXTENSION_ORIGIN}/library.html`, tabId: 9 };

/** The content script in the top frame of a tab showing tabUrl. */
export const contentScript = (tabUrl: string, tabId = 1, frameId = 0): Sender => ({ kind: 'content-script', tabId, frameId, tabUrl });
