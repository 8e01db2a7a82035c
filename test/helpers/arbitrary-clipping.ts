/**
 * fast-check generators of exported clippings: mostly valid ones built the way
 * the extension writes them (any Unicode in the text, notes and tags), dates
 * near every edge of the date rules, and broken copies of them.
 */
import fc from 'fast-check';
import type { Analysis } from '../../lib/matcher/types';
import type { Corrections, ExportedClipping } from '../../lib/clipping/types';
import type { Quote } from '../../lib/clipping/quotes';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Calendar parts around every edge: years 1899-2101 and far out, months 0-13, days 0-32, 24:00, :60, offsets up to ±99:99. */
const yearArb = fc.oneof(fc.integer({ min: 1899, max: 2101 }), fc.constantFrom(1900, 2000, 2024, 2100, 1, 9999));
const dayParts = fc.record({
  year: yearArb,
  month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 2, 13, 99)),
  day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constantFrom(0, 29, 30, 31, 32, 99)),
});
const timeParts = fc.record({
  hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(24, 99)),
  minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(60, 99)),
  second: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(60, 61)),
  fraction: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
});
const zoneArb = fc.oneof(
  fc.constant('Z'),
  fc.constant(''),
  fc.record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 15 }), minutes: fc.constantFrom(0, 30, 45, 59, 60, 99), colon: fc.boolean() }).map(
    ({ sign, hours, minutes, colon }) => `${sign}${pad(hours)}${colon ? ':' : ''}${pad(minutes)}`,
  ),
  fc.constantFrom('+99:99', '-23:59', '+14:00', '-14:00', '+14:01', '+00:00', '-00:00'),
);

export const dayArb = dayParts.map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);

/** A date-time as a file or a page may write it. */
export const dateTimeArb = fc
  .record({ day: dayArb, time: timeParts, zone: zoneArb, separator: fc.constantFrom('T', 'T', 'T', ' '), seconds: fc.boolean() })
  .map(({ day, time, zone, separator, seconds }) => {
    const sec = seconds ? `:${pad(time.second)}${time.fraction ? `.${time.fraction}` : ''}` : '';
    return `${day}${separator}${pad(time.hour)}:${pad(time.minute)}${sec}${zone}`;
  });

const instantArb = fc.date({ min: new Date('1900-01-01T00:00:00.000Z'), max: new Date('2100-12-31T23:59:59.999Z'), noInvalidDate: true });

/** Mostly moments the store itself writes (any instant in 1900-2100, UTC), and edge cases. */
export const momentArb = fc.oneof({ weight: 8, arbitrary: instantArb.map((d) => d.toISOString()) }, { weight: 1, arbitrary: dateTimeArb });

/** Mostly real days, sometimes any edge. */
const mostlyRealDayArb = fc.oneof({ weight: 8, arbitrary: instantArb.map((d) => d.toISOString().slice(0, 10)) }, { weight: 1, arbitrary: dayArb });

export const publishedArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: mostlyRealDayArb },
  { weight: 3, arbitrary: instantArb.map((d) => d.toISOString().slice(0, 16)) },
  { weight: 1, arbitrary: dateTimeArb },
);

/** Text as articles, notes and tags carry it: Vietnamese, any Unicode, quotes and backslashes. */
const prose = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('Kết luận số 57-KL/TW', 'Nguyễn Trọng Nghĩa', 'hoà thuỷ ủy', '"ngoặc" \\ gạch <b>', '𝕏 emoji 👍🏽', 'Quý III'),
  );

export const urlArb = fc.oneof(
  { weight: 12, arbitrary: fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'https://baoquocte.vn/bai-viet-1.html',
      'https://nhandan.vn/a?x={y}|^',
      'http://127.0.0.1:8080/x',
      'http://1.2.3.999/',
      'http://xn--a.vn/',
      'http://xn--80ak6aa92e.com/',
      'https://a.vn:99999/',
      'ftp://a.vn/',
      'javascript:alert(1)',
      'https://a b.vn/',
      'https://vnexpress.net/tin tuc',
      'https://đối-ngoại.vn/',
      'http://a.vn.',
      'http://0x10/',
      'https://tuoitre.vn/#',
    ),
  },
);

function mentionsIn(textLength: number) {
  return fc.array(
    fc.tuple(fc.nat({ max: textLength }), fc.nat({ max: textLength })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    { maxLength: 4 },
  );
}

function analysisFor(text: string): fc.Arbitrary<Analysis> {
  return fc.record(
    {
      foreignInfo: fc.record({
        isForeignInfo: fc.boolean(),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
        evidence: fc.array(
          fc.record({ kind: fc.constantFrom('term' as const, 'directive' as const, 'official' as const), label: prose(40), weight: fc.double({ noNaN: true, noDefaultInfinity: true }), count: fc.nat({ max: 50 }) }),
          { maxLength: 3 },
        ),
      }),
      officials: fc.array(fc.record({ name: prose(30).filter((s) => /\S/.test(s)), titles: fc.array(prose(40), { maxLength: 3 }), mentions: mentionsIn(text.length) }), { maxLength: 3 }),
      directives: fc.array(
        fc.record({
          id: fc.constantFrom('57-KL/TW', '47/NQ-CP', 'Quy định 37', '111-HD/BTGTW'),
          kind: fc.option(prose(20), { nil: null }),
          issuer: fc.option(prose(20), { nil: null }),
          date: fc.option(mostlyRealDayArb, { nil: null }),
          subject: fc.option(prose(40), { nil: null }),
          mentions: mentionsIn(text.length),
        }),
        { maxLength: 3 },
      ),
      degraded: fc.array(fc.constantFrom('officials', 'directives', 'foreignInfo'), { maxLength: 2 }),
    },
    { requiredKeys: ['foreignInfo', 'officials', 'directives'] },
  );
}

/** The user's corrections (export format 2): rejected names and ids, officials and directives added with mentions into the text. */
function correctionsFor(text: string): fc.Arbitrary<Corrections> {
  return analysisFor(text).chain((added) =>
    fc.record({
      rejected: fc.record({
        officials: fc.array(prose(30).filter((s) => /\S/.test(s)), { maxLength: 3 }),
        directives: fc.array(fc.constantFrom('57-KL/TW', '47/NQ-CP', 'Quy định 37'), { maxLength: 2 }),
      }),
      added: fc.constant({ officials: added.officials, directives: added.directives }),
    }),
  );
}

/** Kept quotes (export format 3): selectors whose position hint may or may not still fit the text. */
const quotesArb: fc.Arbitrary<Quote[]> = fc.array(
  fc.record({
    id: fc.uuid(),
    exact: prose(60).filter((s) => /\S/.test(s)),
    prefix: prose(32),
    suffix: prose(32),
    start: fc.nat({ max: 500 }),
    end: fc.nat({ max: 500 }),
    comment: prose(100),
    createdAt: momentArb,
  }),
  { maxLength: 3 },
);

/** An exported clipping: valid in shape, with dates and URLs that may or may not pass the rules. */
export const exportedClippingArb: fc.Arbitrary<ExportedClipping> = prose(400).chain((text) =>
  fc.record({
    id: fc.oneof(fc.uuid(), prose(20).filter((s) => /\S/.test(s))),
    canonicalUrl: urlArb,
    url: urlArb,
    site: fc.constantFrom('baoquocte.vn', 'nhandan.vn', 'vietnamplus.vn', ''),
    title: prose(80),
    author: fc.option(prose(30), { nil: null }),
    published: publishedArb,
    clippedAt: momentArb,
    updatedAt: momentArb,
    note: prose(200),
    tags: fc.array(prose(12), { maxLength: 5 }),
    text: fc.constant(text),
    analysis: analysisFor(text),
    corrections: correctionsFor(text),
    quotes: quotesArb,
  }, { requiredKeys: ['id', 'canonicalUrl', 'url', 'site', 'title', 'author', 'published', 'clippedAt', 'updatedAt', 'note', 'tags', 'text', 'analysis'] }),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path into a clipping and what to put there instead: the ways a file gets broken. */
const breakage = fc.record({
  pick: fc.nat(),
  replacement: fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }),
    fc.string({ minLength: 40, maxLength: 60 }),
    fc.constantFrom(-1, 1.5, 2_000_001, '', ' ', '2024-02-30', '2024-99-99', '9999-12-31T23:59:59-23:59', '2024-01-01T00:00:00+99:99', 'x'.repeat(1001)),
  ),
});

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, Json>)[key]!, [...prefix, key]))];
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json | undefined): Json | undefined {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json | undefined>;
  copy[head!] = replaceAt(copy[head!] as Json, rest, replacement);
  if (copy[head!] === undefined) delete copy[head!];
  return copy as Json;
}

/** A clipping with one field (at any depth) removed or replaced by something else. */
export const brokenClippingArb = fc.tuple(exportedClippingArb, breakage).map(([clipping, { pick, replacement }]) => {
  const json = JSON.parse(JSON.stringify(clipping)) as Json;
  const all = paths(json);
  return replaceAt(json, all[pick % all.length]!, replacement as Json | undefined);
});

/** Anything at all, as a JSON file may hold it. */
export const anyJsonArb = fc.jsonValue({ maxDepth: 3 });
