/**
 * Validation of clippings crossing a trust boundary: a content script's clip
 * (it reads a hostile page), an imported file, an undo. Every field is checked
 * and bounded; what passes is a fresh object with only the known keys.
 */
import type { Analysis } from '../matcher/types';
import {
  array,
  boolean,
  type Check,
  httpUrl,
  integer,
  literal,
  nullable,
  number,
  object,
  string,
  ValidationError,
} from '../validate';
import type { ClippingInput, ExportedClipping } from './types';

/** Bounds generous for real articles and small enough that a hostile page cannot flood the store. */
export const LIMITS = {
  text: 1_000_000,
  title: 1000,
  site: 255,
  author: 500,
  name: 200,
  titlePhrase: 300,
  titlesPerOfficial: 50,
  officials: 2000,
  directiveId: 100,
  directiveField: 1000,
  directives: 2000,
  mentions: 5000,
  evidence: 500,
  label: 300,
  note: 20_000,
  tag: 50,
  tags: 50,
  id: 100,
} as const;

const nonEmpty =
  (max: number): Check<string> =>
  (value, path) => {
    const text = string(max)(value, path);
    if (!text.trim()) throw new ValidationError(path, 'must not be empty');
    return text;
  };

const matching =
  (pattern: RegExp, max: number, expected: string): Check<string> =>
  (value, path) => {
    const text = string(max)(value, path);
    if (!pattern.test(text)) throw new ValidationError(path, `expected ${expected}`);
    return text;
  };

const isoDay = matching(/^\d{4}-\d{2}-\d{2}$/, 10, 'a date YYYY-MM-DD');
/** A date, or a date-time with an optional offset, as pages state it. */
const isoDate = matching(
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  40,
  'an ISO 8601 date or date-time',
);

const mention = object({ start: integer(0, LIMITS.text), end: integer(0, LIMITS.text) });
const mentions = array(mention, LIMITS.mentions);

export const checkAnalysis: Check<Analysis> = object({
  foreignInfo: object({
    isForeignInfo: boolean,
    score: number(0, 1),
    evidence: array(
      object({
        kind: literal('term', 'directive', 'official'),
        label: string(LIMITS.label),
        weight: number(),
        count: integer(0, LIMITS.text),
      }),
      LIMITS.evidence,
    ),
  }),
  officials: array(
    object({
      name: nonEmpty(LIMITS.name),
      titles: array(string(LIMITS.titlePhrase), LIMITS.titlesPerOfficial),
      mentions,
    }),
    LIMITS.officials,
  ),
  directives: array(
    object({
      id: nonEmpty(LIMITS.directiveId),
      kind: nullable(string(LIMITS.directiveField)),
      issuer: nullable(string(LIMITS.directiveField)),
      date: nullable(isoDay),
      subject: nullable(string(LIMITS.directiveField)),
      mentions,
    }),
    LIMITS.directives,
  ),
});

const inputShape = {
  canonicalUrl: httpUrl,
  url: httpUrl,
  site: string(LIMITS.site),
  title: string(LIMITS.title),
  author: nullable(string(LIMITS.author)),
  published: nullable(isoDate),
  text: string(LIMITS.text),
  analysis: checkAnalysis,
};

/** Mentions are offsets into the text: each must lie inside it. */
function checkOffsets(clipping: ClippingInput, path: string): void {
  const { text, analysis } = clipping;
  const groups = [
    ['officials', analysis.officials],
    ['directives', analysis.directives],
  ] as const;
  for (const [field, items] of groups)
    items.forEach((item, i) =>
      item.mentions.forEach((m, j) => {
        if (m.start > m.end || m.end > text.length)
          throw new ValidationError(
            `${path ? `${path}.` : ''}analysis.${field}[${i}].mentions[${j}]`,
            `offsets ${m.start}-${m.end} fall outside the text (${text.length} characters)`,
          );
      }),
    );
}

const checkInputShape = object(inputShape);

export const checkClippingInput: Check<ClippingInput> = (value, path) => {
  const clipping = checkInputShape(value, path);
  checkOffsets(clipping, path);
  return clipping;
};

const isoDateTime: Check<string> = (value, path) => {
  const text = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/, 40, 'an ISO 8601 date-time')(value, path);
  if (Number.isNaN(Date.parse(text))) throw new ValidationError(path, 'not a real date-time');
  return text;
};

const checkExportedShape = object({
  ...inputShape,
  id: nonEmpty(LIMITS.id),
  clippedAt: isoDateTime,
  updatedAt: isoDateTime,
  note: string(LIMITS.note),
  tags: array(string(LIMITS.tag), LIMITS.tags),
});

/** One clipping of an export file (or an undo): the input fields plus id, times, note and tags. */
export const checkExportedClipping: Check<ExportedClipping> = (value, path) => {
  const clipping = checkExportedShape(value, path);
  checkOffsets(clipping, path);
  return clipping;
};
