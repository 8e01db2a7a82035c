/**
 * RIS for Zotero (and EndNote, Mendeley, citation-js…), because Zotero's
 * CSL-JSON import drops tags and puts the note into Extra, while its RIS
 * translator (zotero/translators RIS.js: `fieldMap`, AB → abstractNote,
 * KW → tags, N1 → notes) keeps all three. One NEWS record a clipping: the
 * lead paragraph as AB, every official, directive and tag as its own KW, the
 * reader's note as N1.
 *
 * What the translator does with a value shapes how it is written:
 * - every value is one line: a later line that looks like "XX  - " would start
 *   a new field (its `risFormat`), so line breaks and control characters go;
 * - KW is split on ";" (its "tags" case), so a ";" inside one becomes ",";
 * - N1 is taken as HTML when it holds a tag, so the note is written as HTML
 *   (escaped, line breaks as <br/>), which keeps its lines and any "<";
 * - fields other than AB and N1 pass through unescapeHTML, so a value that
 *   holds markup or an entity is escaped, and comes back as written.
 */
import type { ClippingRecord } from '../clipping/types';
import { directiveIds, leadOf, officialNames } from './findings';
import { publicationOf } from './publications';

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu;
const oneLine = (value: string) => value.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text Zotero will unescape: escaped only when unescaping would change it. */
const plain = (value: string) => (/[<>]|&#?\w+;/.test(value) ? escapeHtml(oneLine(value)) : oneLine(value));

/** RIS dates: "YYYY/MM/DD" (the article's own day, no time-zone shift). */
function risDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : null;
}

/** The reader's note as the HTML note Zotero keeps: paragraphs and line breaks as written. */
export function risNote(note: string): string {
  const paragraphs = note.replace(/\r\n?/g, '\n').trim().split(/\n{2,}/);
  return paragraphs.map((p) => `<p>${escapeHtml(p).split('\n').map(oneLine).join('<br/>')}</p>`).join('');
}

export function toRis(record: ClippingRecord): string {
  const fields: [string, string | null][] = [
    ['TY', 'NEWS'],
    ['ID', record.id],
    ['TI', record.title || record.url],
    ['T2', publicationOf(record.site)],
    ['AU', record.author],
    ['DA', record.published && risDate(record.published)],
    ['PY', record.published?.slice(0, 4) ?? null],
    ['Y2', risDate(new Date(record.clippedAt).toISOString())],
    ['UR', record.canonicalUrl || record.url],
    ['LA', 'vi'],
    ['AB', leadOf(record.text)],
    ...[...officialNames(record), ...directiveIds(record), ...record.tags].map((kw): [string, string] => ['KW', kw.replace(/;/g, ',')]),
    ['N1', record.note.trim() ? risNote(record.note) : null],
  ];
  const lines = fields
    .map(([tag, value]) => [tag, value && (tag === 'N1' ? value : tag === 'AB' ? oneLine(value) : plain(value))] as const)
    .filter(([, value]) => value)
    .map(([tag, value]) => `${tag}  - ${value}`);
  return `${lines.join('\r\n')}\r\nER  - \r\n`;
}

/** Every clipping as one RIS record, UTF-8 (Zotero's translator reads it so). */
export function ris(records: readonly ClippingRecord[]): string {
  return records.map(toRis).join('\r\n');
}
