/**
 * The research pages' reads through the `research` table and its newest-first
 * index (fake-indexeddb): the first screen is the newest 100 articles of the
 * whole profile, in the same order, and the whole profile is the one built
 * from the clippings themselves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadDirective, loadDirectiveFirst, loadOfficial, loadOfficialFirst } from '@/components/research/load';
import { directiveProfile } from '@/lib/research/directive';
import { officialProfile } from '@/lib/research/official';
import { deleteRows, putRecords, writeTables } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import type { ClippingRecord } from '@/lib/clipping/types';
import { freshDb } from '../../../helpers/db';
import { clipping } from '../../../helpers/research-fixtures';

const TEXT = [
  'Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, phát biểu. Tỉnh quán triệt Kết luận số 57-KL/TW của Bộ Chính trị.',
  'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Hải Bình dự lễ. Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW của Ban Bí thư.',
];

/** 130 articles naming him and citing 57-KL/TW: days out of order, several on one day, some with no date of their own. */
const records: ClippingRecord[] = Array.from({ length: 130 }, (_, i) =>
  clipping(TEXT[i % 2]!, i % 7 === 0 ? null : `2024-${String((i * 5) % 12 + 1).padStart(2, '0')}-${String((i % 4) + 10)}`),
);

let db: AnnotatorDb;
afterEach(async () => {
  await db?.delete();
});

async function filled(): Promise<AnnotatorDb> {
  db = freshDb();
  await db.transaction('rw', writeTables(db), () => putRecords(db, records));
  return db;
}

describe('the research pages read from their own rows', () => {
  it("lists an official's newest 100 articles first, then the whole profile built from the clippings", async () => {
    const db = await filled();
    const first = (await loadOfficialFirst(db, 'LÊ HẢI BÌNH'))!;
    const full = (await loadOfficial(db, 'Lê Hải Bình'))!;
    expect(full).toEqual(officialProfile(records, 'Lê Hải Bình'));
    expect(full.total).toBe(130);
    expect(first.complete).toBe(false);
    expect(first.total).toBe(130);
    expect(first.name).toBe(full.name);
    expect(first.appearances).toEqual(full.appearances.slice(0, 100));
    expect(full.titles.map((t) => t.title).sort()).toEqual(['Phó Trưởng Ban Tuyên giáo Trung ương', 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it("lists a directive's newest 100 citations first, then its particulars and relations", async () => {
    const db = await filled();
    const first = (await loadDirectiveFirst(db, '57-KL/TW'))!;
    const full = (await loadDirective(db, '57-KL/TW'))!;
    expect(full).toEqual(directiveProfile(records, '57-KL/TW'));
    expect(first.complete).toBe(false);
    expect(first.citations).toEqual(full.citations.slice(0, 100));
    expect(full.stated.issuer.map((s) => [s.value, s.articles.length])).toEqual([
      ['Bộ Chính trị', 65],
      ['Ban Bí thư', 65],
    ]);
    expect(full.carriedOutBy.map((r) => [r.id, r.articles.length])).toEqual([['45-KH/TU', 65]]);
  });

  it('opens a page of few articles whole at once, and forgets a deleted clipping', async () => {
    const db = await filled();
    const plan = (await loadDirectiveFirst(db, '45-KH/TU'))!;
    expect(plan.complete).toBe(true);
    expect(plan.total).toBe(65);
    expect(plan.carriesOut.map((r) => r.id)).toEqual(['57-KL/TW']);
    await db.transaction('rw', writeTables(db), () => deleteRows(db, records[1]!));
    expect((await loadDirectiveFirst(db, '45-KH/TU'))!.total).toBe(64);
    await expect(db.research.get(records[1]!.id)).resolves.toBeUndefined();
    await expect(loadOfficialFirst(db, 'Nguyễn Văn A')).resolves.toBeNull();
  });
});
