/**
 * Why a clip failed, as one of the few things the panel can say in the user's
 * language. The browser's own error text ("Extension context invalidated.",
 * "Could not establish connection…") never reaches the page.
 */
import { RequestError } from '@/lib/messaging/messages';

export type ClipFailure = 'disconnected' | 'no-answer' | 'forbidden' | 'quota' | 'invalid' | 'storage' | 'other';

export function clipFailureOf(error: unknown): ClipFailure {
  const code = error instanceof RequestError ? error.code : undefined;
  switch (code) {
    case 'disconnected':
    case 'no-answer':
    case 'forbidden':
    case 'quota':
    case 'invalid':
    case 'storage':
      return code;
    default:
      return 'other';
  }
}
