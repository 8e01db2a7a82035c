import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageSummary } from '@/lib/clipping/types';
import { AnnotatorDb } from '@/lib/store/db';
import { listRecent, RECENT_LIMIT, recentPage, recordPage } from '@/lib/store/recent';

const summary = (i: number): PageSummary => ({
  url: `https://nhandan.vn/bai-${i}`,
  title: `Bài ${i}`,
  site: 'nhandan.vn',
  officials: i % 3,
  directives: i % 2,
  isForeignInfo: i % 2 === 0,
  score: 0.5,
});

describe('recent pages', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = new AnnotatorDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('lists pages newest first and updates a page seen again instead of duplicating it', async () => {
    await recordPage(db, summary(1), 1000);
    await recordPage(db, summary(2), 2000);
    await recordPage(db, { ...summary(1), officials: 9 }, 3000);
    const pages = await listRecent(db);
    expect(pages.map((p) => p.url)).toEqual([summary(1).url, summary(2).url]);
    await expect(recentPage(db, summary(1).url)).resolves.toMatchObject({ officials: 9, seenAt: 3000 });
  });

  it(`keeps only the ${RECENT_LIMIT} most recent pages`, async () => {
    for (let i = 0; i < RECENT_LIMIT + 5; i++) await recordPage(db, summary(i), i);
    await expect(db.recent.count()).resolves.toBe(RECENT_LIMIT);
    await expect(recentPage(db, summary(0).url)).resolves.toBeUndefined();
    await expect(recentPage(db, summary(RECENT_LIMIT + 4).url)).resolves.toBeDefined();
  });

  it('survives reopening the database', async () => {
    await recordPage(db, summary(5), 10);
    db.close();
    const again = new AnnotatorDb(db.name);
    await expect(recentPage(again, summary(5).url)).resolves.toMatchObject({ title: 'Bài 5' });
    again.close();
  });
});
