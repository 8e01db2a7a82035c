/**
 * Any failure of an action, as plain sentences in the user's language. The
 * browser's, the database's and the validators' own (English) words are never
 * shown as they are: a code becomes its sentence, a validator's refusal is
 * translated (describe-problem.ts), anything else is a general sentence (the
 * original goes to the console, for whoever debugs).
 */
import type { Lang } from '@/lib/i18n/i18n';
import { RequestError } from '@/lib/messaging/messages';
import { StoreError } from '@/lib/store/errors';
import { ImportFileError } from '@/lib/clipping/export-format';
import { ValidationError } from '@/lib/base/validate';
import { describeField, describeProblem } from './describe-problem';
import type { CollectionText } from './strings';

/**
 * Refusals the content script words in English without a code (entrypoints/
 * annotator/index.ts, page-annotator.ts), recognised by their fixed text.
 */
const CONTENT_REFUSALS: [RegExp, 'error:off' | 'error:unsupported'][] = [
  [/^Annotation is off on this page/, 'error:off'],
  [/^No article on this page/, 'error:unsupported'],
];

/** The validator's "path: problem" refusal, translated; null when the text is not one. */
function validatorWords(t: CollectionText, message: string): string | null {
  const m = /^([\w.[\]]+): (.+)$/.exec(message);
  if (!m) return null;
  const lang = t('langTag') as Lang;
  return `${describeField(lang, m[1]!)}: ${describeProblem(lang, m[2]!)}`;
}

export function describeError(t: CollectionText, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ImportFileError) {
    const why = t(`file:${error.problem}`);
    if (error.problem !== 'malformed') return `${why} ${t('nothingChanged')}`;
    const detail = validatorWords(t, message);
    return `${detail ? `${why} ${detail}.` : t('file:malformed-plain')} ${t('nothingChanged')}`;
  }
  if (error instanceof ValidationError) {
    const lang = t('langTag') as Lang;
    return `${t('error:invalid')} ${describeField(lang, error.path)}: ${describeProblem(lang, error.problem)}.`;
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
    case 'invalid': {
      const detail = validatorWords(t, message);
      return detail ? `${t('error:invalid')} ${detail}.` : t('error:invalid').replace(/:$/, '.');
    }
    case 'storage':
      return t('error:storage-plain');
    default: {
      const refusal = CONTENT_REFUSALS.find(([pattern]) => pattern.test(message));
      if (refusal) return t(refusal[1]);
      console.debug('[ttdn] failure', error);
      return t('error:other');
    }
  }
}
