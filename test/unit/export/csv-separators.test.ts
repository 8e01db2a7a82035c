/**
 * The CSV exports open safely whatever separator a spreadsheet splits on: read
 * as RFC 4180 with ",", ";" or a tab as the separator (the way Excel and
 * LibreOffice read a file: a quote is special only at a cell's start, text after
 * a closing quote joins the cell, a lone CR or LF ends a row), no cell starts a
 * formula, however the titles, notes, URLs, authors and tags were written.
 */
import { describe, expect, it } from 'vitest';
import { BOM, clippingsCsv, directivesCsv, officialsCsv } from '@/lib/export/csv';
import { KL57, NGHIA } from '../../../scripts/support/clippings';
import { record } from '../../helpers/export-records';

const SEPARATORS = [',', ';', '\t'] as const;

/** RFC 4180 read leniently, as a spreadsheet does, with the given separator. */
function cells(text: string, separator: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i];
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    out.push(cell);
    if (text[i] === separator) i++;
    else while (text[i] === '\r' || text[i] === '\n') i++;
  }
  return out;
}

/** A cell a spreadsheet would evaluate: one starting (past spaces) with = + - @, a tab or a CR, unless it is a plain number. */
const startsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell.trimStart()) && !/^\s*-?\d+(\.\d+)?\s*$/.test(cell);

const HOSTILE = [
  'a;=1+1',
  "x,=cmd|' /C calc'!A0",
  'ghi chú\n=1+1',
  'dòng\r\n@SUM(A1)',
  'cột\t=2',
  '"trích";=HYPERLINK("http://x.example")',
  'danh sách; -2+3',
  'a,"=b',
  'a, " +c',
  '@đầu',
  'cuối;',
  'a\r-3',
];

const records = HOSTILE.map((text, n) =>
  record(
    {
      title: text,
      note: `${text} ${n}`,
      author: text,
      url: `https://www.vietnamplus.vn/bai;=${n}+1.vnp`,
      canonicalUrl: `https://www.vietnamplus.vn/bai-${n}.vnp?q=a;@x`,
      tags: [text, `+${n}`, 'TTĐN'],
    },
    { officials: [{ ...NGHIA, titles: [text] }], directives: [{ ...KL57, subject: text, issuer: `Ban;=${n}` }] },
  ),
);

describe('CSV exports read with any separator', () => {
  it.each(SEPARATORS.map((s) => [JSON.stringify(s), s]))('no cell starts a formula when split on %s', (_name, separator) => {
    for (const file of [clippingsCsv(records), officialsCsv(records), directivesCsv(records)]) {
      expect(file.startsWith(BOM)).toBe(true);
      const all = cells(file.slice(1), separator);
      expect(all.length).toBeGreaterThan(4);
      expect(all.filter(startsFormula)).toEqual([]);
    }
  });

  it('quotes every field, so with "," each value stays whole in its own cell', () => {
    const file = clippingsCsv(records).slice(1);
    for (const line of file.split('\r\n').slice(0, 1)) expect(line).toMatch(/^"id","title",/);
    const all = cells(file, ',');
    // Every title and note is found whole (with its apostrophes), never split.
    for (const text of HOSTILE.filter((t) => !/[\r\n]/.test(t))) expect(all.some((cell) => cell.replaceAll("'", '') === text.replaceAll("'", ''))).toBe(true);
  });
});
