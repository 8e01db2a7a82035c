/**
 * CSL-JSON, the format Zotero, Mendeley, JabRef and pandoc's citeproc read:
 * one `article-newspaper` item a clipping. The author is a literal name:
 * Vietnamese names put the family name first and cannot be split by rule.
 * Dates are `date-parts`, which every reader understands. The officials,
 * directives and tags are its keywords, the lead paragraph its abstract.
 */
import type { ClippingRecord } from '../clipping/types';
import { directiveIds, leadOf, officialNames } from './findings';
import { publicationOf } from './publications';

export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  URL: string;
  language: 'vi';
  accessed: CslDate;
  issued?: CslDate;
  author?: { literal: string }[];
  abstract?: string;
  note?: string;
  keyword?: string;
}

/** An ISO date or date-time's calendar day as date-parts (the day as the article states it: no time-zone shift). */
export function cslDate(iso: string): CslDate | undefined {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

export function toCsl(record: ClippingRecord): CslItem {
  const item: CslItem = {
    id: record.id,
    type: 'article-newspaper',
    title: record.title || record.url,
    'container-title': publicationOf(record.site),
    URL: record.canonicalUrl || record.url,
    language: 'vi',
    accessed: cslDate(new Date(record.clippedAt).toISOString())!,
  };
  const issued = record.published ? cslDate(record.published) : undefined;
  if (issued) item.issued = issued;
  if (record.author?.trim()) item.author = [{ literal: record.author.trim() }];
  const lead = leadOf(record.text);
  if (lead) item.abstract = lead;
  if (record.note.trim()) item.note = record.note;
  const keywords = [...officialNames(record), ...directiveIds(record), ...record.tags];
  if (keywords.length) item.keyword = keywords.join(', ');
  return item;
}

export function cslJson(records: readonly ClippingRecord[]): string {
  return `${JSON.stringify(records.map(toCsl), null, 2)}\n`;
}
