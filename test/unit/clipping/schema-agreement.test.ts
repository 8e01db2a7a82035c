/**
 * One validator, one truth: the importer (validate-clipping.ts) and the
 * committed JSON Schema (export.schema.json, read by ajv) judge the same
 * records, valid, broken and fuzzed, and must give the same verdict. The only
 * records they may differ on are those the two cross-field rules refuse (the
 * schema's description names them), and the importer must then say so.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '@/lib/clipping/export.schema.json';
import { EXPORT_FORMAT, ImportFileError, parseExportFile } from '@/lib/clipping/export-format';
import { DAY_PATTERN, HTTP_URL_PATTERN, MOMENT_PATTERN, NOT_BLANK_PATTERN, PUBLISHED_PATTERN } from '@/lib/clipping/formats';
import { checkExportedClipping, LIMITS } from '@/lib/clipping/validate-clipping';
import { QUOTE_LIMITS } from '@/lib/clipping/quotes';
import { ValidationError } from '@/lib/base/validate';
import { anyJsonArb, brokenClippingArb, dateTimeArb, dayArb, exportedClippingArb, urlArb } from '../../helpers/arbitrary-clipping';

const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv);
ajv.addSchema(schema);
const schemaAccepts = ajv.compile({ $ref: `${schema.$id}#/$defs/clipping` });
const schemaAcceptsFile = ajv.compile({ $ref: schema.$id });

const CROSS_FIELD = /fall outside the text|not a URL the browser can open/;

type Verdict = { ok: true } | { ok: false; reason: string };

function importerVerdict(value: unknown): Verdict {
  try {
    checkExportedClipping(value, 'clipping');
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, reason: error.message };
  }
}

/** Asserts agreement on one record; returns which way it went, for the tallies. */
function agree(record: unknown): 'accepted' | 'refused' | 'cross-field' {
  const json = JSON.parse(JSON.stringify(record ?? null));
  const bySchema = schemaAccepts(json);
  const byImporter = importerVerdict(json);
  if (byImporter.ok) {
    expect(bySchema, `the schema refuses what the importer accepts: ${ajv.errorsText(schemaAccepts.errors)}\n${JSON.stringify(json).slice(0, 600)}`).toBe(true);
    return 'accepted';
  }
  if (bySchema) {
    expect(byImporter.reason, `the importer refuses what the schema accepts\n${JSON.stringify(json).slice(0, 600)}`).toMatch(CROSS_FIELD);
    return 'cross-field';
  }
  return 'refused';
}

const COUNTED_SEED = 20_241_127;

function tally(arbitrary: fc.Arbitrary<unknown>, numRuns: number, seed?: number) {
  const counts = { accepted: 0, refused: 0, 'cross-field': 0 };
  fc.assert(
    fc.property(arbitrary, (record) => {
      counts[agree(record)]++;
    }),
    { numRuns, seed },
  );
  return counts;
}

describe('the importer and the JSON Schema', () => {
  it('use the same patterns and limits', () => {
    const defs = schema.$defs;
    expect(defs.moment.pattern).toBe(MOMENT_PATTERN);
    expect(defs.day.pattern).toBe(DAY_PATTERN);
    expect(defs.httpUrl.pattern).toBe(HTTP_URL_PATTERN);
    expect(defs.clipping.properties.published.anyOf[0]).toMatchObject({ pattern: PUBLISHED_PATTERN, maxLength: LIMITS.date });
    expect(defs.official.properties.name).toMatchObject({ pattern: NOT_BLANK_PATTERN, maxLength: LIMITS.name });
    expect(defs.clipping.properties.text.maxLength).toBe(LIMITS.text);
    expect(defs.clipping.properties.note.maxLength).toBe(LIMITS.note);
    expect(defs.mention.properties.end.maximum).toBe(LIMITS.offset);
    expect(defs.corrections.properties.added.properties.officials.maxItems).toBe(LIMITS.corrections);
    expect(defs.corrections.properties.rejected.properties.officials.items).toMatchObject({ pattern: NOT_BLANK_PATTERN, maxLength: LIMITS.name });
    expect(defs.corrections.properties.rejected.properties.directives.items).toMatchObject({ pattern: NOT_BLANK_PATTERN, maxLength: LIMITS.directiveId });
    expect(defs.clipping.properties.quotes.maxItems).toBe(QUOTE_LIMITS.quotes);
    expect(defs.quote.properties).toMatchObject({
      id: { pattern: NOT_BLANK_PATTERN, maxLength: QUOTE_LIMITS.id },
      exact: { pattern: NOT_BLANK_PATTERN, maxLength: QUOTE_LIMITS.exact },
      prefix: { maxLength: QUOTE_LIMITS.context },
      comment: { maxLength: QUOTE_LIMITS.comment },
      end: { maximum: LIMITS.offset },
    });
  });

  // Each agreement runs twice: on a fixed seed, whose counts show both verdicts were exercised
  // (counts of a random run sit near their thresholds now and then), and on a fresh seed, which
  // explores new records every run (a disagreement prints its seed).
  it('agree on generated clippings, most of them valid', () => {
    tally(exportedClippingArb, 300);
    const counts = tally(exportedClippingArb, 300, COUNTED_SEED);
    // Enough of each kind that agreement means something.
    expect(counts.accepted).toBeGreaterThan(60);
    expect(counts.refused).toBeGreaterThan(30);
  });

  it('agree on clippings with one field anywhere removed or replaced', () => {
    tally(brokenClippingArb, 400);
    const counts = tally(brokenClippingArb, 400, COUNTED_SEED);
    expect(counts.accepted).toBeGreaterThan(20);
    expect(counts.refused).toBeGreaterThan(150);
  });

  it('agree on arbitrary JSON', () => {
    const counts = tally(anyJsonArb, 150);
    expect(counts.refused).toBe(150);
  });

  it('differ only where the schema says it cannot, and then the importer names the rule', () => {
    const base = fc.sample(exportedClippingArb.filter((c) => importerVerdict(c).ok), { numRuns: 1, seed: 7 })[0]!;
    const outside = { ...base, analysis: { ...base.analysis, officials: [{ name: 'A', titles: [], mentions: [{ start: 0, end: base.text.length + 1 }] }] } };
    const punycode = { ...base, url: 'http://xn--a.vn/' };
    // A mention of an official the user added, outside the text: the same rule.
    const addedOutside = {
      ...base,
      corrections: { rejected: { officials: [], directives: [] }, added: { officials: [{ name: 'A', titles: [], mentions: [{ start: 0, end: base.text.length + 1 }] }], directives: [] } },
    };
    for (const record of [outside, punycode, addedOutside]) expect(agree(record)).toBe('cross-field');
  });

  it('agree on whole files: the schema accepts a file exactly when the importer takes every record', () => {
    const fileArb = fc.record({
      format: fc.oneof({ weight: 9, arbitrary: fc.constant(EXPORT_FORMAT) }, { weight: 1, arbitrary: fc.constant('other') }),
      version: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(1, 2) }, { weight: 1, arbitrary: fc.constantFrom(3, 0, '1') }),
      exportedAt: fc.oneof({ weight: 4, arbitrary: fc.constant('2024-08-11T00:00:00.000Z') }, { weight: 1, arbitrary: dateTimeArb }),
      clippings: fc.array(fc.oneof({ weight: 4, arbitrary: exportedClippingArb }, { weight: 1, arbitrary: brokenClippingArb }), { maxLength: 3 }),
    });
    let whole = 0;
    fc.assert(
      fc.property(fileArb, (file) => {
        const json = JSON.parse(JSON.stringify(file));
        let importerTakesAll: boolean;
        try {
          const { rejected } = parseExportFile(JSON.stringify(json));
          // Refused only by the rules the schema cannot state: no verdict to compare.
          if (rejected.length > 0 && rejected.every((r) => CROSS_FIELD.test(r.reason))) return;
          importerTakesAll = rejected.length === 0;
        } catch (error) {
          if (!(error instanceof ImportFileError)) throw error;
          importerTakesAll = false;
        }
        if (importerTakesAll) whole++;
        expect(schemaAcceptsFile(json), ajv.errorsText(schemaAcceptsFile.errors)).toBe(importerTakesAll);
      }),
      { numRuns: 150 },
    );
    expect(whole).toBeGreaterThan(10);
  });
});

describe('the date rules', () => {
  const moment = (clippedAt: string) => importerVerdict({ ...validClipping(), clippedAt }).ok;
  const published = (value: string) => importerVerdict({ ...validClipping(), published: value }).ok;
  const directiveDate = (date: string) => {
    const c = validClipping();
    return importerVerdict({ ...c, analysis: { ...c.analysis, directives: [{ id: '57-KL/TW', kind: null, issuer: null, date, subject: null, mentions: [] }] } }).ok;
  };

  it.each([
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T12:00:00.123+07:00', true],
    ['2024-12-31T23:59:59.999-14:00', true],
    ['1900-01-01T00:00:00Z', true],
    ['1900-01-01T00:00:00-05:00', true],
    ['2100-12-31T23:59:59+14:00', true],
    ['2023-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2100-02-29T00:00:00Z', false],
    ['2024-02-30T00:00:00Z', false],
    ['2024-04-31T00:00:00Z', false],
    ['2024-13-01T00:00:00Z', false],
    ['2024-01-01T24:00:00Z', false],
    ['2024-01-01T23:60:00Z', false],
    ['2024-01-01T23:59:60Z', false],
    ['2024-01-01T00:00:00+99:99', false],
    ['2024-01-01T00:00:00+14:01', false],
    ['2024-01-01T00:00:00-15:00', false],
    ['2024-01-01T00:00:00', false],
    ['1899-12-31T23:59:59Z', false],
    ['2101-01-01T00:00:00Z', false],
    ['1900-01-01T00:00:00+01:00', false],
    ['2100-12-31T23:00:00-02:00', false],
    ['9999-12-31T23:59:59-23:59', false],
    ['+010000-01-01T00:00:00.000Z', false],
  ])('clippedAt %s: accepted %s', (value, ok) => {
    expect(moment(value)).toBe(ok);
  });

  it.each([
    ['2024-08-09', true],
    ['2024-08-09T07:30', true],
    ['2024-08-09 07:30:15', true],
    ['2024-08-09T07:30+0700', true],
    ['2024-08-09T07:30:00.5+07:00', true],
    ['2024-99-99', false],
    ['2024-02-30', false],
    ['2024-08-09T07:30+99:99', false],
    ['2024-08-09T25:00', false],
    ['1850-01-01', false],
    ['hôm qua', false],
  ])('published %s: accepted %s', (value, ok) => {
    expect(published(value)).toBe(ok);
  });

  it.each([
    ['2024-04-15', true],
    ['2024-04-31', false],
    ['2024-4-15', false],
  ])('a directive dated %s: accepted %s', (value, ok) => {
    expect(directiveDate(value)).toBe(ok);
  });

  it('every moment the store can hold is written back (in UTC) as one it accepts', () => {
    fc.assert(
      fc.property(dateTimeArb, (value) => {
        if (!moment(value)) return;
        expect(moment(new Date(Date.parse(value)).toISOString())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('takes days and URLs only in the shapes it documents', () => {
    // Generators stay useful: both verdicts occur.
    const days = fc.sample(dayArb, { numRuns: 200, seed: 3 }).map((d) => directiveDate(d));
    expect(days).toContain(true);
    expect(days).toContain(false);
    const urls = fc.sample(urlArb, { numRuns: 200, seed: 3 }).map((u) => importerVerdict({ ...validClipping(), url: u }).ok);
    expect(urls).toContain(true);
    expect(urls).toContain(false);
  });
});

function validClipping() {
  return {
    id: 'c1',
    canonicalUrl: 'https://baoquocte.vn/a.html',
    url: 'https://baoquocte.vn/a.html',
    site: 'baoquocte.vn',
    title: 'Tiêu đề',
    author: null,
    published: null,
    clippedAt: '2024-08-07T02:00:00.000Z',
    updatedAt: '2024-08-07T02:00:00.000Z',
    note: '',
    tags: [],
    text: 'Kết luận số 57-KL/TW',
    analysis: { foreignInfo: { isForeignInfo: true, score: 0.5, evidence: [] }, officials: [], directives: [] },
  };
}
