import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { ris, risNote } from '@/lib/export/ris';
import { BINH, KL57, NGHIA, NQ47 } from '../../../scripts/support/clippings';
import { record, SAMPLE } from '../../helpers/export-records';

/**
 * Zotero's RIS import as its translator maps it (zotero/translators RIS.js at
 * 2814370161d05d799086825fac8d499db3a33aa3): TY NEWS → newspaperArticle (line 104);
 * `fieldMap` AB → abstractNote, KW → tags, N1 → notes, UR → url, Y2 → accessDate
 * (lines 209-223); T2 → publicationTitle for newspaperArticle (235-249); AU → author
 * (AU's __default); DA → date (336), PY only its backup (the "PY" case, 1380); LA → language (353); ID ignored (459). KW values
 * are split on line breaks and ";" (1427); fields but AB, N1 and RN pass through
 * unescapeHTML (1301-1303); an N1 holding a tag is kept as HTML (1308-1322).
 */
const ZOTERO: Record<string, string | null> = {
  TY: 'itemType', ID: null, TI: 'title', T2: 'publicationTitle', AU: 'author', DA: 'date', PY: 'backupDate', Y2: 'accessDate',
  UR: 'url', LA: 'language', AB: 'abstractNote', KW: 'tags', N1: 'notes',
};
const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const noteText = (html: string) => unescapeHtml(html.replace(/<\/p><p>/g, '\n\n').replace(/<br\/>/g, '\n').replace(/<\/?p>/g, ''));

type RisRecord = Record<string, string | string[]>;
/** The file as citation-js's RIS plugin reads it: one object a record, repeated tags as lists. */
const parseRis = (text: string) => plugins.input.chainLink(text) as RisRecord[];
const all = (r: RisRecord, tag: string) => ([] as string[]).concat(r[tag] ?? []);

/** A record as Zotero's translator would fill the item (the parts this export writes). */
function asZotero(r: RisRecord) {
  const item: { tags: string[]; notes: string[]; [field: string]: string | string[] } = { tags: [], notes: [] };
  for (const [tag, value] of Object.entries(r)) {
    const field = ZOTERO[tag];
    expect(field, `RIS tag ${tag} has no Zotero field`).not.toBeUndefined();
    if (!field) continue;
    for (const v of ([] as string[]).concat(value)) {
      if (field === 'tags') item.tags.push(...v.split(/\s*(?:[\r\n]+\s*)+|\s*(?:;\s*)+/).filter(Boolean));
      else if (field === 'notes') item.notes.push(noteText(v));
      else item[field] = tag === 'AB' ? v : unescapeHtml(v);
    }
  }
  return item;
}

describe('RIS export for Zotero', () => {
  it('gives each clipping a newspaper item with every official, directive and tag as a Zotero tag, the lead as abstract, the note as a note', () => {
    const records = parseRis(ris(SAMPLE));
    expect(records).toHaveLength(3);
    const first = asZotero(records[0]!);
    expect(first).toMatchObject({
      itemType: 'NEWS',
      title: '=HYPERLINK("http://x.example","bấm")',
      publicationTitle: 'VietnamPlus',
      author: 'Phóng viên TTXVN',
      url: 'https://www.vietnamplus.vn/bai-1.vnp',
      language: 'vi',
      abstractNote: 'Hội nghị triển khai công tác thông tin đối ngoại năm 2024 diễn ra tại Hà Nội.',
    });
    expect(first.tags).toEqual(['Nguyễn Trọng Nghĩa', '57-KL/TW', 'TTĐN', '+1']);
    expect(first.notes).toEqual(['Ghi chú, có "ngoặc kép"\nvà xuống dòng']);
    expect(asZotero(records[1]!).tags).toEqual(['Nguyễn Trọng Nghĩa', 'Lê Hải Bình', '57-KL/TW', '47/NQ-CP']);
    expect(asZotero(records[1]!).notes).toEqual([]);
  });

  it('dates the item by the article and the access by the clipping, as Zotero and citation-js read them', () => {
    expect(asZotero(parseRis(ris([SAMPLE[0]!]))[0]!)).toMatchObject({ date: '2024/08/07', backupDate: '2024', accessDate: '2024/08/08' });
    const [item] = plugins.input.chain(ris([SAMPLE[0]!]), { target: '@csl/list+object' }) as { issued: unknown; accessed: unknown; keyword: string; abstract: string }[];
    // citation-js dates a NEWS record by PY, the year; Zotero takes DA, the day (PY only when DA is missing).
    expect(item!.issued).toEqual({ 'date-parts': [[2024]] });
    expect(item!.accessed).toEqual({ 'date-parts': [[2024, 8, 8]] });
    expect(item!.abstract).toBe('Hội nghị triển khai công tác thông tin đối ngoại năm 2024 diễn ra tại Hà Nội.');
  });

  it('keeps hostile text to its own field: line breaks, record ends, control characters, markup, ";" in a tag, a long note', () => {
    const long = 'dài '.repeat(20_000);
    const nasty = record(
      {
        title: 'Tin <b>nóng</b> &amp; mới\r\nER  - \nTY  - JOUR',
        note: `Dòng một\nER  - \n\nKW  - giả\u0000\u0007 <script>x</script>\n${long}`,
        tags: ['a; b', 'ER  - c'],
        author: 'Tác giả\nAU  - Khác',
      },
      { officials: [NGHIA, BINH], directives: [KL57, NQ47] },
    );
    const records = parseRis(ris([nasty, SAMPLE[1]!]));
    expect(records).toHaveLength(2);
    const item = asZotero(records[0]!);
    expect(item.title).toBe('Tin <b>nóng</b> &amp; mới ER - TY - JOUR');
    expect(item.author).toBe('Tác giả AU - Khác');
    expect(item.tags).toEqual(['Nguyễn Trọng Nghĩa', 'Lê Hải Bình', '57-KL/TW', '47/NQ-CP', 'a, b', 'ER - c']);
    expect(item.notes).toEqual([`Dòng một\nER -\n\nKW - giả <script>x</script>\n${long.trim()}`]);
    expect(all(records[0]!, 'TY')).toEqual(['NEWS']);
    expect(asZotero(records[1]!).title).toBe('Bài thứ hai');
  });

  it('writes the note as HTML Zotero keeps as it is', () => {
    expect(risNote('a < b\n\nc & d\ne')).toBe('<p>a &lt; b</p><p>c &amp; d<br/>e</p>');
  });
});
