/** Splits a clipping into its stored rows; the derived fields are computed here only. */
import { pageFields } from './export-format';
import { canonicalDirectiveIds } from './directive-ids';
import { bareWords, fold, searchableWords } from './fold';
import { encodeLine } from './record-line';
import type { ClippingCard, ClippingRecord, SearchText, StoredLine } from './types';
import { correctedFindings } from './corrections';

export interface StoredRows {
  card: ClippingCard;
  line: StoredLine;
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

export function toRows(record: ClippingRecord): StoredRows {
  const { text, analysis } = record;
  // The findings as the user corrected them: a rejected official is no facet, an added one is.
  const found = correctedFindings(record);
  const officials = distinctBy(
    found.officials.map((o) => o.name.normalize('NFC').trim()),
    fold,
  );
  // One entry per document: ids the current rules make equal, whatever their case, are one.
  const directives = distinctBy(canonicalDirectiveIds(found.directives), fold);
  const folded = searchableWords([record.title, text, record.note, ...record.tags]);
  return {
    card: {
      ...pageFields(record),
      clippedAt: record.clippedAt,
      updatedAt: record.updatedAt,
      note: record.note,
      tags: record.tags,
      topic: analysis.foreignInfo.isForeignInfo ? 1 : 0,
      score: analysis.foreignInfo.score,
      officials,
      officialKeys: officials.map(fold),
      directives,
    },
    line: { id: record.id, line: encodeLine(record) },
    search: { id: record.id, folded, bare: bareWords(folded) },
  };
}

/** Tags as the user means them: trimmed, no empties, no repeats that differ only in case or tone placement. */
export function tidyTags(tags: readonly string[]): string[] {
  return distinctBy(
    tags.map((t) => t.normalize('NFC').trim().replace(/\s+/g, ' ')),
    fold,
  );
}
