import { readLines } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { exportParts } from '@/lib/clipping/export-format';
import { SearchCache, type TextMatch } from '@/lib/collection/search';

/** A fresh database per test: fake-indexeddb keeps them apart by name. */
export const freshDb = () => new AnnotatorDb(`test-${crypto.randomUUID()}`);

/** The file as the Xuất button writes it: the stored lines, as they are, in a Blob (a fixed export date). */
export const fileText = async (db: AnnotatorDb, ids?: string[]) => new Blob(exportParts(await readLines(db, ids), new Date(Date.UTC(2024, 7, 11)))).text();

/** A text search over the whole collection as it is now, through a fresh cache. */
export async function searchMatch(db: AnnotatorDb, query: string): Promise<TextMatch | null> {
  const cache = new SearchCache(db);
  await cache.sync(await db.clippings.toArray());
  return cache.search(query);
}

/** The ids a text search finds, diacritics or not; null for an empty query. */
export async function searchAll(db: AnnotatorDb, query: string): Promise<Set<string> | null> {
  const match = await searchMatch(db, query);
  return match && new Set(match.hits);
}
