import { AnnotatorDb } from '@/lib/store/db';
import { SearchCache } from '@/lib/store/search';

/** A fresh database per test: fake-indexeddb keeps them apart by name. */
export const freshDb = () => new AnnotatorDb(`test-${crypto.randomUUID()}`);

/** A text search over the whole collection as it is now, through a fresh cache. */
export async function searchAll(db: AnnotatorDb, query: string): Promise<Set<string> | null> {
  const cache = new SearchCache(db);
  await cache.sync(await db.clippings.toArray());
  return cache.search(query);
}
