import { describe, expect, it } from 'vitest';
import { BOM, clippingsCsv, directivesCsv, officialsCsv } from '@/lib/export/csv';
import { csvCell } from '@/lib/export/csv-cell';
import { KL57 } from '../../../scripts/support/clippings';
import { parseCsv } from '../../helpers/csv';
import { record, SAMPLE } from '../../helpers/export-records';

const read = (csv: string) => {
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describe('CSV exports', () => {
  it('writes one row a clipping, UTF-8 with a BOM, quotes and line breaks kept', () => {
    const rows = read(clippingsCsv(SAMPLE));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: 'id-1', site: 'vietnamplus.vn', note: 'Ghi chú, có "ngoặc kép"\nvà xuống dòng', tags: "TTĐN; '+1", directives: '57-KL/TW' });
    expect(rows[1]).toMatchObject({ title: 'Bài thứ hai', author: '', published: '', officials: 'Nguyễn Trọng Nghĩa; Lê Hải Bình', directives: '57-KL/TW; 47/NQ-CP' });
    expect(rows[0]!.clipped_at).toBe('2024-08-08T01:02:03.000Z');
    expect(rows[0]!.foreign_info).toBe('yes');
    expect(rows[0]!.score).toBe('0.86');
  });

  it('keeps every cell that starts with = + - @, a tab or a carriage return from running as a formula', () => {
    for (const danger of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    const rows = read(clippingsCsv(SAMPLE));
    expect(rows[0]!.title).toBe(`'=HYPERLINK("http://x.example","bấm")`);
    expect(rows[2]!.title).toBe(`'-Hội nghị @ Hà Nội`);
    // A tag "+1" after "; " would start a cell where a spreadsheet splits on ";" (csv-separators.test.ts).
    expect(rows[0]!.tags).toBe("TTĐN; '+1");
    expect(csvCell('Hà Nội = thủ đô')).toBe('"Hà Nội = thủ đô"');
    // Numbers we write ourselves stay numbers.
    expect(csvCell(-0.5)).toBe('"-0.5"');
  });

  it('counts each official and directive once per article, most articles first, with every stated particular', () => {
    const officials = read(officialsCsv(SAMPLE));
    expect(officials.map((o) => [o.name, o.articles])).toEqual([
      ['Lê Hải Bình', '2'],
      ['Nguyễn Trọng Nghĩa', '2'],
    ]);
    expect(officials[0]).toMatchObject({ titles: 'Phó Trưởng Ban Tuyên giáo Trung ương', first_article: '2024-08-07' });
    const directives = read(directivesCsv(SAMPLE));
    expect(directives.map((d) => [d.id, d.articles])).toEqual([
      ['57-KL/TW', '3'],
      ['47/NQ-CP', '1'],
    ]);
    expect(directives[0]!.issuer).toBe('Bộ Chính trị; Ban Bí thư');
    expect(directives[1]).toMatchObject({ kind: 'Nghị quyết', date: '2024-04-15', first_article: '2024-08-08', last_article: '2024-08-08' });
  });

  it('counts a document once under its current id when an older analysis wrote it another way', () => {
    const old = record({}, { directives: [{ ...KL57, id: '57/KL-TW' }] });
    const rows = read(directivesCsv([...SAMPLE, old]));
    expect(rows.map((d) => [d.id, d.articles])).toEqual([
      ['57-KL/TW', '4'],
      ['47/NQ-CP', '1'],
    ]);
    expect(read(clippingsCsv([old]))[0]!.directives).toBe('57-KL/TW');
  });
});
