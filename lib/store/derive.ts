/** Splits a clipping into its stored rows and joins them back; the derived fields are computed here only. */
import { fold, searchableWords } from './fold';
import type { ClippingBody, ClippingCard, ClippingRecord, SearchText } from './types';

export interface StoredRows {
  card: ClippingCard;
  body: ClippingBody;
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
  const officials = distinctBy(
    analysis.officials.map((o) => o.name.normalize('NFC').trim()),
    fold,
  );
  const directives = distinctBy(
    analysis.directives.map((d) => d.id.normalize('NFC').trim()),
    (id) => id,
  );
  return {
    card: {
      id: record.id,
      canonicalUrl: record.canonicalUrl,
      url: record.url,
      site: record.site,
      title: record.title,
      author: record.author,
      published: record.published,
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
    body: { id: record.id, text, analysis },
    search: { id: record.id, folded: searchableWords([record.title, text, record.note, ...record.tags]) },
  };
}

export function toRecord(card: ClippingCard, body: ClippingBody): ClippingRecord {
  return {
    id: card.id,
    canonicalUrl: card.canonicalUrl,
    url: card.url,
    site: card.site,
    title: card.title,
    author: card.author,
    published: card.published,
    clippedAt: card.clippedAt,
    updatedAt: card.updatedAt,
    note: card.note,
    tags: card.tags,
    text: body.text,
    analysis: body.analysis,
  };
}

/** Tags as the user means them: trimmed, no empties, no repeats that differ only in case or tone placement. */
export function tidyTags(tags: readonly string[]): string[] {
  return distinctBy(
    tags.map((t) => t.normalize('NFC').trim().replace(/\s+/g, ' ')),
    fold,
  );
}
