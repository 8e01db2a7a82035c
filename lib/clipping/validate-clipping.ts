/**
 * Validation of clippings crossing a trust boundary: a content script's clip
 * (it reads a hostile page), an imported file, an undo. Every field is checked
 * and bounded; what passes is a fresh object with only the known keys.
 *
 * An exported clipping passes here exactly when it passes export.schema.json
 * and the two rules a JSON Schema cannot state (CROSS_FIELD_RULES below):
 * string formats come from formats.ts, lengths count code points as JSON
 * Schema does, and test/unit/clipping/schema-agreement.test.ts runs both on the
 * same valid, broken and fuzzed records.
 */
import type { Analysis, Directive, Official } from '../matcher/types';
import { array, boolean, type Check, integer, literal, nullable, number, object, optional, ValidationError } from '../base/validate';
import { compile, DAY_PATTERN, HTTP_URL_PATTERN, MOMENT_PATTERN, NOT_BLANK_PATTERN, PUBLISHED_PATTERN } from './formats';
import type { QuoteTarget } from './quote-anchor';
import { type DeletedQuote, QUOTE_LIMITS, type Quote } from './quotes';
import type { ClippingInput, Corrections, ExportedClipping } from './types';

/** Bounds generous for real articles and small enough that a hostile page cannot flood the store. */
export const LIMITS = {
  text: 1_000_000,
  /** Mention offsets count UTF-16 units: up to two per character of a text at its limit. */
  offset: 2_000_000,
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
  degraded: 20,
  /** Each list of a clipping's corrections (rejected officials, added directives…). */
  corrections: 500,
  note: 20_000,
  tag: 50,
  tags: 50,
  id: 100,
  url: 8192,
  date: 40,
} as const;

/** Characters as JSON Schema counts them (code points: an emoji is one, not two). */
function codePoints(text: string, stopAfter: number): number {
  if (text.length <= stopAfter) return text.length - surrogatePairs(text);
  let n = 0;
  for (let i = 0; i < text.length && n <= stopAfter; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

function surrogatePairs(text: string): number {
  let pairs = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return pairs;
}

const text =
  (max: number): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') throw new ValidationError(path, 'expected a string');
    if (codePoints(value, max) > max) throw new ValidationError(path, `longer than ${max} characters`);
    return value;
  };

const matching = (pattern: string, max: number, expected: string): Check<string> => {
  const regex = compile(pattern);
  return (value, path) => {
    const checked = text(max)(value, path);
    if (!regex.test(checked)) throw new ValidationError(path, `expected ${expected}`);
    return checked;
  };
};

const notBlank = compile(NOT_BLANK_PATTERN);
const nonEmpty =
  (max: number): Check<string> =>
  (value, path) => {
    const checked = text(max)(value, path);
    if (!notBlank.test(checked)) throw new ValidationError(path, 'must not be empty');
    return checked;
  };

/** A key that must be there, though its value may be null. */
const present =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) => {
    if (value === undefined) throw new ValidationError(path, 'is missing');
    return value === null ? null : check(value, path);
  };

const urlShape = matching(HTTP_URL_PATTERN, LIMITS.url, 'an http(s) address as a browser writes it');
const HTTP_SCHEME = /^https?:\/\//i;
const httpUrl: Check<string> = (value, path) => {
  if (typeof value === 'string' && !HTTP_SCHEME.test(value)) throw new ValidationError(path, 'only http and https pages are supported');
  const checked = urlShape(value, path);
  try {
    new URL(checked);
  } catch {
    // Only an "xn--" label that is not valid punycode gets here.
    throw new ValidationError(path, 'not a URL the browser can open');
  }
  return checked;
};

export const isDay = (value: string): boolean => compile(DAY_PATTERN).test(value);
export const isPublishedDate = (value: string): boolean => value.length <= LIMITS.date && compile(PUBLISHED_PATTERN).test(value);
export const isMoment = (value: string): boolean => value.length <= LIMITS.date && compile(MOMENT_PATTERN).test(value);

const day = matching(DAY_PATTERN, 10, 'a real date YYYY-MM-DD, 1900-2100');
const published = matching(PUBLISHED_PATTERN, LIMITS.date, 'an ISO 8601 date or date-time (a real date, 1900-2100, offset within ±14:00)');
const moment = matching(MOMENT_PATTERN, LIMITS.date, 'an ISO 8601 date-time with seconds and zone (a real date, 1900-2100, offset within ±14:00)');

/** What a page's metadata may state as a date, real or not: the shape a clip is refused for missing. */
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * For a clip from a page: a date shaped as one but impossible ("2024-02-30",
 * "+99:99") is the page's mistake and becomes unknown (null), so the clip is
 * kept; anything else that is not a date is refused as before.
 */
const pageDate =
  (strict: Check<string>): Check<string | null> =>
  (value, path) => {
    if (typeof value === 'string' && value.length <= LIMITS.date && DATE_SHAPED.test(value)) {
      try {
        return strict(value, path);
      } catch {
        return null;
      }
    }
    return strict(value, path);
  };

const mention = object({ start: integer(0, LIMITS.offset), end: integer(0, LIMITS.offset) });
const mentions = array(mention, LIMITS.mentions);

const officialShape = object({
  name: nonEmpty(LIMITS.name),
  titles: array(text(LIMITS.titlePhrase), LIMITS.titlesPerOfficial),
  mentions,
});

const directiveShape = (directiveDate: Check<string | null>) =>
  object({
    id: nonEmpty(LIMITS.directiveId),
    kind: present(text(LIMITS.directiveField)),
    issuer: present(text(LIMITS.directiveField)),
    date: directiveDate,
    subject: present(text(LIMITS.directiveField)),
    mentions,
  });

const analysisShape = (directiveDate: Check<string | null>): Check<Analysis> =>
  object({
    foreignInfo: object({
      isForeignInfo: boolean,
      score: number(0, 1),
      evidence: array(
        object({
          kind: literal('term', 'directive', 'official'),
          label: text(LIMITS.label),
          weight: number(),
          count: integer(0, LIMITS.offset),
        }),
        LIMITS.evidence,
      ),
    }),
    officials: array(officialShape, LIMITS.officials),
    directives: array(directiveShape(directiveDate), LIMITS.directives),
    /** The detectors that failed on this text (their findings are missing), when any did. */
    degraded: optional(array(literal('officials', 'directives', 'foreignInfo'), LIMITS.degraded)),
  });

export const checkAnalysis: Check<Analysis> = analysisShape(present(day));

/** An official or a directive the user adds by hand (the 'clip:correct' message). */
export const checkOfficial: Check<Official> = officialShape;
export const checkDirective: Check<Directive> = directiveShape(present(day));

/** A clipping's corrections (export format 2): what the user rejected and added, same shapes as the analysis. */
export const checkCorrections: Check<Corrections> = object({
  rejected: object({
    officials: array(nonEmpty(LIMITS.name), LIMITS.corrections),
    directives: array(nonEmpty(LIMITS.directiveId), LIMITS.corrections),
  }),
  added: object({
    officials: array(officialShape, LIMITS.corrections),
    directives: array(directiveShape(present(day)), LIMITS.corrections),
  }),
});

const quoteTargetShape = {
  exact: nonEmpty(QUOTE_LIMITS.exact),
  prefix: text(QUOTE_LIMITS.context),
  suffix: text(QUOTE_LIMITS.context),
  start: integer(0, LIMITS.offset),
  end: integer(0, LIMITS.offset),
};

/** Where a quote is (the 'quote:keep' message): its W3C selectors. */
export const checkQuoteTarget: Check<QuoteTarget> = object(quoteTargetShape);

/** A kept quote (export format 3): its selectors, comment and date. */
const quoteShape = { ...quoteTargetShape, id: nonEmpty(QUOTE_LIMITS.id), comment: text(QUOTE_LIMITS.comment), createdAt: moment };
export const checkQuote: Check<Quote> = object(quoteShape);

/** A deleted quote's tombstone: the quote and when it was deleted. */
const checkDeletedQuote: Check<DeletedQuote> = object({ ...quoteShape, deletedAt: moment });

/**
 * The rules a JSON Schema cannot state, checked after the shape: mention
 * offsets lie inside the text (the schema's description says so), and a
 * host's "xn--" labels are valid punycode (httpUrl above).
 */
function checkOffsets(clipping: ClippingInput & { corrections?: Corrections }, path: string): void {
  const { text: body, analysis, corrections } = clipping;
  const groups: [string, { mentions: { start: number; end: number }[] }[]][] = [
    ['analysis.officials', analysis.officials],
    ['analysis.directives', analysis.directives],
  ];
  if (corrections) groups.push(['corrections.added.officials', corrections.added.officials], ['corrections.added.directives', corrections.added.directives]);
  for (const [field, items] of groups)
    items.forEach((item, i) =>
      item.mentions.forEach((m, j) => {
        if (m.start > m.end || m.end > body.length)
          throw new ValidationError(
            `${path ? `${path}.` : ''}${field}[${i}].mentions[${j}]`,
            `offsets ${m.start}-${m.end} fall outside the text (${body.length} characters)`,
          );
      }),
    );
}

/** Where the article is and what it is called: the same for a clip and an exported clipping. */
const pageShape = { canonicalUrl: httpUrl, url: httpUrl, site: text(LIMITS.site), title: text(LIMITS.title) };

const checkInputShape = object({
  ...pageShape,
  author: nullable(text(LIMITS.author)),
  published: nullable(pageDate(published)),
  text: text(LIMITS.text),
  analysis: analysisShape(nullable(pageDate(day))),
});

/** The shape, then the offsets rule. */
const withOffsets =
  <T extends ClippingInput>(shape: Check<T>): Check<T> =>
  (value, path) => {
    const clipping = shape(value, path);
    checkOffsets(clipping, path);
    return clipping;
  };

/** A clip from a content script. */
export const checkClippingInput: Check<ClippingInput> = withOffsets(checkInputShape);

const checkExportedShape = object({
  ...pageShape,
  author: present(text(LIMITS.author)),
  published: present(published),
  text: text(LIMITS.text),
  analysis: checkAnalysis,
  id: nonEmpty(LIMITS.id),
  clippedAt: moment,
  updatedAt: moment,
  note: text(LIMITS.note),
  tags: array(text(LIMITS.tag), LIMITS.tags),
  corrections: optional(checkCorrections),
  quotes: optional(array(checkQuote, QUOTE_LIMITS.quotes)),
  deletedQuotes: optional(array(checkDeletedQuote, QUOTE_LIMITS.quotes)),
});

/** One clipping of an export file (or an undo): every field of export.schema.json's "clipping". */
export const checkExportedClipping: Check<ExportedClipping> = withOffsets(checkExportedShape);

/** The file's own date: what export writes as exportedAt. */
export const checkMoment: Check<string> = moment;
