/** Any failure of an action, as one sentence in the user's language. */
import { RequestError } from '@/lib/messages';
import { StoreError } from '@/lib/store/errors';
import { ImportFileError } from '@/lib/store/export-format';
import type { CollectionText } from './strings';

export function describeError(t: CollectionText, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ImportFileError) {
    const why = t(`file:${error.problem}`);
    return `${error.problem === 'malformed' ? `${why} ${message}` : why} ${t('nothingChanged')}`;
  }
  const code = error instanceof RequestError || error instanceof StoreError ? error.code : undefined;
  switch (code) {
    case 'quota':
    case 'cancelled':
    case 'not-found':
    case 'unsupported':
    case 'forbidden':
    case 'disconnected':
    case 'no-answer':
      return t(`error:${code}`);
    case 'invalid':
    case 'storage':
      return `${t(`error:${code}`)} ${message}`;
    default:
      return `${t('error')} ${message}`;
  }
}
