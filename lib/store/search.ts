/** Full-text search over the distinct folded words of every clipping's title, text, note and tags. */
import type { AnnotatorDb } from './db';
import { containsAll, searchTerms } from './fold';
import type { SearchText } from './types';

/** Rows read per step: enough to amortise each read, few enough to keep memory flat. */
const PAGE = 500;

/** The ids of the clippings containing every word of the query; null for an empty query (no text filter). */
export async function searchIds(db: AnnotatorDb, query: string): Promise<Set<string> | null> {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const hits = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const rows: SearchText[] = await (after === null ? db.searchTexts.orderBy('id') : db.searchTexts.where('id').above(after)).limit(PAGE).toArray();
    for (const row of rows) if (containsAll(row.folded, terms)) hits.add(row.id);
    if (rows.length < PAGE) return hits;
    after = rows[rows.length - 1]!.id;
  }
}
