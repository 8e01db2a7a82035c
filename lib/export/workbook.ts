/**
 * The spreadsheet export: one workbook with a sheet of clippings (one row
 * each, as the CSV has them), one of officials and one of directives with
 * their article counts. Dates are dates (the article's stated day and time,
 * the clipping's in this computer's time zone), the score a percentage as the
 * interface shows it, lists joined by "; ".
 */
import type { ClippingRecord } from '../clipping/types';
import type { Lang } from '../i18n/i18n';
import { CLIPPING_COLUMNS } from './csv';
import { directiveIds, directiveTallies, officialNames, officialTallies, valuesOf } from './findings';
import { exportWords } from './words';
import { excelSerial, xlsx, type XlsxCell } from './xlsx';

/** A stated ISO day or date-time as written (its own wall clock); null when it is neither. */
export function statedDate(iso: string | null): XlsxCell {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  return { style: m[4] === undefined ? 'date' : 'datetime', value: excelSerial(y, mo, d, h, mi, s) };
}

/** An instant as this computer's local day and time. */
export function localDate(ms: number): XlsxCell {
  const d = new Date(ms);
  return { style: 'datetime', value: excelSerial(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) };
}

const list = (items: readonly string[]) => items.join('; ');

export function workbook(records: readonly ClippingRecord[], lang: Lang, modified = new Date()): Uint8Array<ArrayBuffer>[] {
  const w = exportWords(lang);
  const officials = officialTallies(records);
  const directives = directiveTallies(records);
  return xlsx(
    [
      {
        name: w('articles'),
        rows: [
          CLIPPING_COLUMNS,
          ...records.map((r): XlsxCell[] => [
            r.id, r.title, r.site, r.url, r.canonicalUrl, r.author, statedDate(r.published), localDate(r.clippedAt), localDate(r.updatedAt),
            r.analysis.foreignInfo.isForeignInfo ? 'yes' : 'no', { style: 'percent', value: r.analysis.foreignInfo.score },
            list(officialNames(r)), list(directiveIds(r)), list(r.tags), r.note,
          ]),
        ],
      },
      {
        name: w('officials'),
        rows: [
          ['name', 'titles', 'articles', 'first_article', 'last_article'],
          ...officials.map((t) => [t.label, list(valuesOf(t, 'titles')), t.articles, statedDate(t.first), statedDate(t.last)]),
        ],
      },
      {
        name: w('directives'),
        rows: [
          ['id', 'kind', 'issuer', 'date', 'subject', 'articles', 'first_article', 'last_article'],
          ...directives.map((t) => [
            t.label, list(valuesOf(t, 'kind')), list(valuesOf(t, 'issuer')), list(valuesOf(t, 'date')), list(valuesOf(t, 'subject')),
            t.articles, statedDate(t.first), statedDate(t.last),
          ]),
        ],
      },
    ],
    modified,
  );
}
