/**
 * Every star a member writes is valid on its own, so the watch list's room is
 * what stops a hostile member from flooding everyone's list: subjects new here
 * beyond it are set aside and said, while stars and removals of subjects held
 * still arrive.
 */
import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { watchKey } from '@/lib/clipping/watch-key';
import { setWatched, watchList } from '@/lib/store/watch';
import { readSetAside } from '@/lib/sync/set-aside';
import { toWatchDoc, watchDocId } from '@/lib/sync/watch-doc';
import { pullWatch, WATCH_LIST_ROOM } from '@/lib/sync/watch-sync';
import { freshDb } from '../../helpers/db';

const NOW = Date.now();
const starDoc = async (label: string, extra: { removedAt?: number } = {}) => {
  const key = watchKey('official', label);
  return { ...toWatchDoc(await watchDocId(key), { key, kind: 'official', label, starredAt: NOW - 1000, ...extra }), _rev: '1-a' };
};

describe('the watch list through sync', () => {
  it('takes new subjects up to its room, sets aside the rest, and still takes a removal of a subject it holds', async () => {
    const db = freshDb();
    await setWatched(db, 'official', 'Lê Hải Bình', true, NOW - 5000);
    const flood = await Promise.all(Array.from({ length: WATCH_LIST_ROOM + 5 }, (_, i) => starDoc(`Người Số ${i}`)));
    const removal = await starDoc('Lê Hải Bình', { removedAt: NOW - 10 });
    await pullWatch(db, [...flood, removal], NOW);
    const listed = (await watchList(db)).map((row) => row.label);
    expect(listed).toHaveLength(WATCH_LIST_ROOM - 1);
    expect(listed).not.toContain('Lê Hải Bình');
    const aside = await readSetAside(db);
    expect(aside).toHaveLength(6);
    expect(new Set(aside.map((d) => d.reason))).toEqual(new Set(['too-many']));
  });
});
