import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { localDate, statedDate, workbook } from '@/lib/export/workbook';
import { excelSerial, xlsx, xmlText } from '@/lib/export/xlsx';
import { BINH, KL57, NGHIA, NQ47 } from '../../../scripts/support/clippings';
import { record, SAMPLE } from '../../helpers/export-records';

const bytes = (parts: Uint8Array[]) => Buffer.concat(parts);
/** Every sheet as read-excel-file reads it: rows of cells, dates as Date. */
const read = async (parts: Uint8Array[]) => Object.fromEntries((await readXlsxFile(bytes(parts))).map((s) => [s.sheet, s.data]));
const byHeader = (rows: unknown[][]) => rows.slice(1).map((r) => Object.fromEntries((rows[0] as string[]).map((h, i) => [h, r[i]])));

describe('XLSX export', () => {
  it('opens in a spreadsheet reader with a sheet of articles, of officials and of directives, every finding, tag and note found', async () => {
    const sheets = await read(workbook(SAMPLE, 'vi'));
    expect(Object.keys(sheets)).toEqual(['Bài viết', 'Quan chức', 'Văn bản']);
    const articles = byHeader(sheets['Bài viết']!);
    expect(articles).toHaveLength(3);
    expect(articles[0]).toMatchObject({
      id: 'id-1',
      title: '=HYPERLINK("http://x.example","bấm")',
      officials: 'Nguyễn Trọng Nghĩa',
      directives: '57-KL/TW',
      tags: 'TTĐN; +1',
      note: 'Ghi chú, có "ngoặc kép"\nvà xuống dòng',
      foreign_info: 'yes',
      score: 0.86,
    });
    expect(articles[1]).toMatchObject({ officials: 'Nguyễn Trọng Nghĩa; Lê Hải Bình', directives: '57-KL/TW; 47/NQ-CP' });
    expect(byHeader(sheets['Quan chức']!).map((r) => [r.name, r.articles])).toEqual([['Lê Hải Bình', 2], ['Nguyễn Trọng Nghĩa', 2]]);
    const directives = byHeader(sheets['Văn bản']!);
    expect(directives.map((r) => r.id)).toEqual(['57-KL/TW', '47/NQ-CP']);
    expect(directives[0]).toMatchObject({ kind: 'Kết luận', issuer: 'Bộ Chính trị; Ban Bí thư', articles: 3 });
    expect(Object.keys(await read(workbook(SAMPLE, 'en')))).toEqual(['Articles', 'Officials', 'Directives']);
  });

  it('writes dates as dates: the article as it states its day and time, the clipping in local time', async () => {
    const [row] = byHeader((await read(workbook([SAMPLE[0]!], 'vi')))['Bài viết']!);
    // read-excel-file gives a date cell as the Date of its serial read in UTC (a serial is a float: to the second).
    const second = (d: unknown) => Math.round((d as Date).getTime() / 1000);
    expect(second(row!.published)).toBe(Date.UTC(2024, 7, 7, 9, 0, 0) / 1000);
    const clipped = new Date(SAMPLE[0]!.clippedAt);
    expect(second(row!.clipped_at)).toBe(Date.UTC(clipped.getFullYear(), clipped.getMonth(), clipped.getDate(), clipped.getHours(), clipped.getMinutes(), clipped.getSeconds()) / 1000);
    expect(statedDate('2024-08-07')).toEqual({ style: 'date', value: excelSerial(2024, 8, 7) });
    expect(statedDate(null)).toBeNull();
    expect(excelSerial(1970, 1, 1)).toBe(25_569);
    expect(localDate(0)).toMatchObject({ style: 'datetime' });
    const [official] = byHeader((await read(workbook([SAMPLE[0]!], 'vi')))['Quan chức']!);
    expect(official!.first_article).toEqual(new Date(Date.UTC(2024, 7, 7)));
  });

  it('shows the score as a percentage, as the interface does, and dates with date styles', () => {
    const files = unzipSync(bytes(workbook([SAMPLE[0]!], 'vi')));
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    const styles = new TextDecoder().decode(files['xl/styles.xml']);
    const xfs = [...styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)![1]!.matchAll(/numFmtId="(\d+)"/g)].map((m) => m[1]);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheet)?.[1] ?? 0);
    expect(xfs[styleOf('K2')]).toBe('9'); // 0%
    expect(styles).toContain(`numFmtId="${xfs[styleOf('G2')]}" formatCode="yyyy-mm-dd hh:mm"`);
    // No formula anywhere: text is inline strings.
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(');
  });

  it('keeps hostile text as text: formulas, markup, control characters, lone surrogates, cells past 32 767 characters', async () => {
    const long = 'x'.repeat(40_000);
    const nasty = record(
      { title: '=1+1', note: `<b>&amp;</b>\u0000\u0007\ud800 ghi chú\r\n${long}`, tags: ['@SUM(A1)', '-2+3'], author: ']]>' },
      { officials: [NGHIA, BINH], directives: [KL57, NQ47] },
    );
    const [row] = byHeader((await read(workbook([nasty], 'vi')))['Bài viết']!);
    expect(row).toMatchObject({ title: '=1+1', tags: '@SUM(A1); -2+3', author: ']]>', officials: 'Nguyễn Trọng Nghĩa; Lê Hải Bình', directives: '57-KL/TW; 47/NQ-CP' });
    const note = row!.note as string;
    expect(note.startsWith('<b>&amp;</b> ghi chú\nxxx')).toBe(true);
    expect(note).toHaveLength(32_767);
    expect(note.endsWith('…')).toBe(true);
    expect(xmlText('a\ud83d\ude00b')).toBe('a\ud83d\ude00b');
  });

  it('names sheets as Excel allows', async () => {
    const sheets = await readXlsxFile(bytes(xlsx([{ name: 'a/b:[c]*?'.repeat(5), rows: [['x']] }, { name: 'a/b:[c]*?'.repeat(5), rows: [['y']] }])));
    expect(sheets.map((s) => s.sheet.length <= 31 && !/[[\]:*?/\\]/.test(s.sheet))).toEqual([true, true]);
    expect(new Set(sheets.map((s) => s.sheet)).size).toBe(2);
  });
});
