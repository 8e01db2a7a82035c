/** Splits a clipping into its stored rows; the derived fields are computed here only. */
import { researchRow, type ResearchRow } from './research-row';
import { pageFields } from './export-format';
import { canonicalDirectiveIds } from './directive-ids';
import { bareWords, fold, searchableWords } from '../text/fold';
import { directiveIdKey } from '../text/keys';
import { reprintKeys } from '../text/shingle';
import { encodeLine } from './record-line';
import type { ClippingCard, ClippingRecord, SearchText, StoredLine } from './types';
import { correctedFindings } from './corrections';

/** The rows lists, the popup and the research pages read: what an import writes in its transaction. */
export interface ListedRows {
  card: ClippingCard;
  line: StoredLine;
  /** What the research pages read (lib/clipping/research-row.ts). */
  research: ResearchRow;
}

/** Every row of a clipping: the listed ones and its search words (the slowest to derive, which an import leaves to lib/store/search-index.ts). */
export interface StoredRows extends ListedRows {
  search: SearchText;
}

/** One entry per distinct key, first spelling kept. */
function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The officials and directives a card is indexed by: the findings as the user corrected them, one entry per person and document. */
function indexedFindings(record: ClippingRecord): { officials: string[]; officialKeys: string[]; directives: string[] } {
  // A rejected official is no facet, an added one is.
  const found = correctedFindings(record);
  const officials = distinctBy(
    found.officials.map((o) => o.name.normalize('NFC').trim()),
    fold,
  );
  // One entry per document: ids the current rules make equal, whatever their spelling (text/keys.ts), are one.
  const directives = distinctBy(canonicalDirectiveIds(found.directives), directiveIdKey);
  return { officials, officialKeys: officials.map(fold), directives };
}

export function toRows(record: ClippingRecord): StoredRows {
  return { ...listedRows(record), search: searchRow(record) };
}

/** A clipping's search row: the distinct folded words of its title, text, note, tags and quotes, and their bare forms. */
export function searchRow(record: ClippingRecord): SearchText {
  const quotes = record.quotes ?? [];
  // A quote's words are searched, its comment's too (the quote may come from a page that changed since).
  const folded = searchableWords([record.title, record.text, record.note, ...record.tags, ...quotes.flatMap((q) => [q.exact, q.comment])]);
  return { id: record.id, folded, bare: bareWords(folded) };
}

export function listedRows(record: ClippingRecord): ListedRows {
  const { text, analysis } = record;
  const indexed = indexedFindings(record);
  const quotes = record.quotes ?? [];
  return {
    card: {
      ...pageFields(record),
      clippedAt: record.clippedAt,
      updatedAt: record.updatedAt,
      note: record.note,
      tags: record.tags,
      ...(quotes.length ? { quotes } : {}),
      topic: analysis.foreignInfo.isForeignInfo ? 1 : 0,
      score: analysis.foreignInfo.score,
      ...indexed,
      reprint: reprintKeys(record.title, text),
    },
    line: { id: record.id, line: encodeLine(record) },
    research: researchRow(record, indexed),
  };
}

/** The research row alone (the profile builders over whole records, the upgrade that fills the table). */
export const researchRowOf = (record: ClippingRecord): ResearchRow => researchRow(record, indexedFindings(record));

/** Tags as the user means them: trimmed, no empties, no repeats that differ only in case or tone placement. */
export function tidyTags(tags: readonly string[]): string[] {
  return distinctBy(
    tags.map((t) => t.normalize('NFC').trim().replace(/\s+/g, ' ')),
    fold,
  );
}
