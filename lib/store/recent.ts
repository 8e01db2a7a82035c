import type { PageSummary } from '../clipping/types';
import type { AnnotatorDb, RecentPage } from './db';
import { writing } from './errors';

/** How many analysed pages are remembered; older ones are forgotten first. */
export const RECENT_LIMIT = 200;

export function recordPage(db: AnnotatorDb, page: PageSummary, now = Date.now()): Promise<number> {
  return writing(() =>
    db.transaction('rw', db.recent, async () => {
      await db.recent.put({ ...page, seenAt: now });
      const count = await db.recent.count();
      if (count > RECENT_LIMIT) {
        const stale = await db.recent.orderBy('seenAt').limit(count - RECENT_LIMIT).primaryKeys();
        await db.recent.bulkDelete(stale);
      }
      return Math.min(count, RECENT_LIMIT);
    }),
  );
}

export function recentPage(db: AnnotatorDb, url: string): Promise<RecentPage | undefined> {
  return db.recent.get(url);
}

export function listRecent(db: AnnotatorDb, limit = 20): Promise<RecentPage[]> {
  return db.recent.orderBy('seenAt').reverse().limit(limit).toArray();
}
