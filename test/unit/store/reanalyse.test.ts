/**
 * The background re-analysis of stored clippings: a new matcher's findings
 * reach every clipping once, across a service worker that dies part-way,
 * without dropping a clipping or touching the user's note and tags.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '@/lib/matcher/types';
import { directiveCounts, readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { reanalyseCollection, reanalysisPending } from '@/lib/store/reanalyse';
import { analysisOf, clippingInput, KL57, NGHIA } from '../../../scripts/support/clippings';
import { freshDb, searchAll } from '../../helpers/db';

const COUNT = 23;

/** The "new matcher": finds a directive id the old one never gave, and says which detector failed. */
function newMatcher() {
  const calls: string[] = [];
  const analyze = (text: string): Analysis => {
    calls.push(text);
    const analysis = analysisOf(text, { officials: [{ ...NGHIA, titles: [...NGHIA.titles, 'Ủy viên Bộ Chính trị'] }], directives: [{ id: '57-KL/TW' }] });
    return { ...analysis, directives: [...analysis.directives, { id: 'KL-MỚI', kind: null, issuer: null, date: null, subject: null, mentions: [] }], degraded: ['foreignInfo'] } as Analysis;
  };
  return { analyze, calls };
}

describe('re-analysis of the collection', () => {
  let db: AnnotatorDb;
  let ids: string[];
  beforeEach(async () => {
    db = freshDb();
    ids = [];
    for (let i = 0; i < COUNT; i++) {
      const { id } = await saveClipping(db, clippingInput({ text: `Bài ${i}: Đồng chí Nguyễn Trọng Nghĩa nhắc lại Kết luận số 57-KL/TW.`, spec: { directives: [KL57] } }), Date.UTC(2024, 0, 1, 0, i));
      await updateClipping(db, id, { note: `Ghi chú mã q${i}q`, tags: [`nhãn ${i}`] }, Date.UTC(2024, 1, 1, 0, i));
      ids.push(id);
    }
  });
  afterEach(async () => {
    await db.delete();
  });

  it('re-analyses every clipping from its text, once, and the facets follow', async () => {
    const before = await readRecords(db);
    const { analyze, calls } = newMatcher();
    await expect(reanalysisPending(db)).resolves.toBe(true);

    await expect(reanalyseCollection(db, analyze, { batch: 5 })).resolves.toEqual({ analysed: COUNT, complete: true });

    expect(calls).toHaveLength(COUNT);
    const after = await readRecords(db);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    after.forEach((record, i) => {
      const old = before[i]!;
      // Only the analysis changed.
      expect({ ...record, analysis: null }).toEqual({ ...old, analysis: null });
      expect(record.analysis).toEqual(analyze(record.text));
    });
    await expect(directiveCounts(db, ['KL-MỚI', '57-KL/TW'])).resolves.toEqual({ 'KL-MỚI': COUNT, '57-KL/TW': COUNT });
    await expect(searchAll(db, 'ghi chú q7q')).resolves.toEqual(new Set([ids[7]]));
    await expect(reanalysisPending(db)).resolves.toBe(false);
    // Done: a later start of the background does nothing.
    await expect(reanalyseCollection(db, analyze)).resolves.toEqual({ analysed: 0, complete: true });
  });

  it('resumes after the service worker dies mid-batch: every clipping analysed, no written batch redone', async () => {
    const { analyze, calls } = newMatcher();
    let left = 12;
    // The worker stops during the 12th analysis: nothing after it ever runs.
    const dying = (text: string) => (--left === 0 ? new Promise<Analysis>(() => {}) : analyze(text));
    void reanalyseCollection(db, dying, { batch: 5 });
    await vi.waitFor(async () => expect(await db.meta.get('reanalysis')).toMatchObject({ done: 10 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Two batches of five were written before it stopped in the third.
    await expect(db.meta.get('reanalysis')).resolves.toMatchObject({ done: 10, cursor: [...ids].sort()[9] });
    await expect(reanalysisPending(db)).resolves.toBe(true);

    const resumed = await reanalyseCollection(db, analyze, { batch: 5 });
    expect(resumed).toEqual({ analysed: COUNT - 10, complete: true });
    // 11 analyses before it stopped, then the 13 left: the stopped batch's analysed text is redone, nothing else.
    expect(calls).toHaveLength(11 + COUNT - 10);
    for (const record of await readRecords(db)) expect(record.analysis.directives.map((d) => d.id)).toContain('KL-MỚI');
    await expect(db.clippings.count()).resolves.toBe(COUNT);
  });

  it('goes on past a text the matcher fails on, which keeps its stored analysis', async () => {
    const { analyze } = newMatcher();
    const [victim] = await readRecords(db, [ids[4]!]);
    const failing = (text: string) => {
      if (text === victim!.text) throw new TypeError('matcher crashed');
      return analyze(text);
    };
    await expect(reanalyseCollection(db, failing, { batch: 5 })).resolves.toEqual({ analysed: COUNT, complete: true });
    await expect(db.meta.get('reanalysis')).resolves.toMatchObject({ cursor: null, done: COUNT, failed: 1 });
    const byId = new Map((await readRecords(db)).map((r) => [r.id, r]));
    expect(byId.get(victim!.id)).toEqual(victim);
    expect(byId.get(ids[5]!)!.analysis.directives.map((d) => d.id)).toContain('KL-MỚI');
  });

  it('keeps a note edited and a clipping re-clipped while their batch is being analysed', async () => {
    const sorted = [...ids].sort();
    const edited = sorted[1]!;
    const reclipped = sorted[2]!;
    const [reclippedRecord] = await readRecords(db, [reclipped]);
    const { analyze } = newMatcher();
    let once = true;
    const slow = async (text: string) => {
      if (once) {
        once = false;
        // The user acts while the first batch is in the matcher.
        await updateClipping(db, edited, { note: 'Sửa trong lúc phân tích', tags: ['mới'] }, Date.UTC(2025, 0, 1));
        await saveClipping(db, { ...reclippedRecord!, text: 'Bài đã được cập nhật, nội dung khác hẳn.', analysis: analysisOf('x', {}) }, Date.UTC(2025, 0, 2));
      }
      return analyze(text);
    };
    await reanalyseCollection(db, slow, { batch: 5 });
    const byId = new Map((await readRecords(db)).map((r) => [r.id, r]));
    expect(byId.get(edited)).toMatchObject({ note: 'Sửa trong lúc phân tích', tags: ['mới'] });
    expect(byId.get(edited)!.analysis.degraded).toEqual(['foreignInfo']);
    // Its new text was analysed when it was clipped: the old text's analysis is not written over it.
    expect(byId.get(reclipped)).toMatchObject({ text: 'Bài đã được cập nhật, nội dung khác hẳn.', analysis: analysisOf('x', {}) });
    expect(byId.size).toBe(COUNT);
  });

  it('starts over for a newer generation, and stops when asked without losing its place', async () => {
    const { analyze } = newMatcher();
    await reanalyseCollection(db, analyze, { batch: 10 });
    const controller = new AbortController();
    const partial = await reanalyseCollection(db, analyze, { generation: 3, batch: 10, signal: controller.signal, onBatch: () => controller.abort() });
    expect(partial).toEqual({ analysed: 10, complete: false });
    await expect(reanalysisPending(db, 3)).resolves.toBe(true);
    await expect(reanalyseCollection(db, analyze, { generation: 3, batch: 10 })).resolves.toEqual({ analysed: COUNT - 10, complete: true });
  });
});
