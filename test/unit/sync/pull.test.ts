// @vitest-environment node
/**
 * The pull from the replicated database into the collection, against one
 * document that cannot apply: it is set aside with its reason, and the other
 * documents, the checkpoint and the outbox go on (lib/sync/pull.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRecords, saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb } from '@/lib/store/db';
import { toExported } from '@/lib/clipping/export-format';
import type { ClippingRecord } from '@/lib/clipping/types';
import { pushFromOutbox, readState } from '@/lib/sync/bridge';
import { DOC_KIND, docIdOf } from '@/lib/sync/doc';
import { CLOCK_SKEW_MS } from '@/lib/clipping/clock';
import type { Database } from '@/lib/sync/pouch-types';
import { pullIntoCollection } from '@/lib/sync/pull';
import { readSetAside } from '@/lib/sync/set-aside';
import { clippingInput } from '../../../scripts/support/clippings';
import { NodePouch } from '../../../scripts/support/sync-member';

const NOW = Date.UTC(2026, 10, 27, 12);
const open: { db: AnnotatorDb; local: Database<unknown> }[] = [];
afterEach(async () => {
  for (const { db, local } of open.splice(0)) {
    db.close();
    await db.delete();
    await local.destroy();
  }
});

function collection() {
  const name = `pull-${crypto.randomUUID()}`;
  const pair = { db: new AnnotatorDb(name), local: new NodePouch<unknown>(name, { adapter: 'memory' }) };
  open.push(pair);
  return pair;
}

const article = (path: string, over: Partial<ClippingRecord> = {}): ClippingRecord => {
  const url = `https://baoquocte.vn/${path}.html`;
  return { ...clippingInput({ url, canonicalUrl: url }), id: `id-${path}`, clippedAt: NOW - 1000, updatedAt: NOW - 1000, note: '', tags: [], ...over };
};
const doc = async (record: ClippingRecord, id?: string) => ({ _id: id ?? (await docIdOf(record.canonicalUrl)), kind: DOC_KIND, clipping: toExported(record) });
const urls = async (db: AnnotatorDb) => (await readRecords(db)).map((r) => r.canonicalUrl.replace(/^.*\//, '')).sort();
const pull = (db: AnnotatorDb, local: Database<unknown>) => pullIntoCollection(db, local as never, () => NOW);
const caughtUp = async (db: AnnotatorDb, local: Database<unknown>) => expect((await readState(db)).since).toBe((await local.info()).update_seq);

describe('a document that cannot apply', () => {
  it('is set aside with its reason while the others and the checkpoint go on (a copy under another id)', async () => {
    const { db, local } = collection();
    const first = article('mot');
    await local.bulkDocs([await doc(first), await doc(first, 'clip-a-copy'), await doc(article('hai'))]);
    await expect(pull(db, local)).resolves.toBe(2);
    expect(await urls(db)).toEqual(['hai.html', 'mot.html']);
    expect(await readSetAside(db)).toEqual([expect.objectContaining({ docId: 'clip-a-copy', reason: 'wrong-id', title: first.title })]);
    await caughtUp(db, local);
    // Nothing left to redo: the next pull changes nothing.
    await expect(pull(db, local)).resolves.toBe(0);
  });

  it('is caught before the bulk write when the clipping it names is tied to another document here', async () => {
    const { db, local } = collection();
    const held = await saveClipping(db, clippingInput({ url: 'https://baoquocte.vn/da-co.html', canonicalUrl: 'https://baoquocte.vn/da-co.html' }));
    await db.syncDocs.put({ docId: 'clip-older-document', id: held.id, rev: '1-a' });
    await local.bulkDocs([await doc(article('da-co')), await doc(article('moi'))]);
    await pull(db, local);
    expect(await urls(db)).toEqual(['da-co.html', 'moi.html']);
    expect((await readSetAside(db)).map((d) => d.reason)).toEqual(['constraint']);
    await caughtUp(db, local);
  });

  it('is applied alone when the batch still fails, and only it is set aside', async () => {
    const { db, local } = collection();
    const poison = article('doc-hai');
    const bulkPut = db.clippings.bulkPut.bind(db.clippings);
    vi.spyOn(db.clippings, 'bulkPut').mockImplementation(((rows: { canonicalUrl: string }[]) =>
      rows.some((r) => r.canonicalUrl === poison.canonicalUrl)
        ? Promise.reject(Object.assign(new Error('Unable to add key to index'), { name: 'ConstraintError' }))
        : bulkPut(rows as never)) as never);
    await local.bulkDocs([await doc(article('lanh-1')), await doc(poison), await doc(article('lanh-2'))]);
    await pull(db, local);
    expect(await urls(db)).toEqual(['lanh-1.html', 'lanh-2.html']);
    expect(await readSetAside(db)).toEqual([expect.objectContaining({ docId: await docIdOf(poison.canonicalUrl), reason: 'constraint' })]);
    await caughtUp(db, local);
  });

  it('does not hide a full disk: nothing is set aside and the checkpoint stays', async () => {
    const { db, local } = collection();
    vi.spyOn(db.clippings, 'bulkPut').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await local.bulkDocs([await doc(article('day-o'))]);
    await expect(pull(db, local)).rejects.toMatchObject({ code: 'quota' });
    expect(await readSetAside(db)).toEqual([]);
    expect((await readState(db)).since).toBe(0);
  });
});

describe('a document from the server', () => {
  it('dated 2100 is kept no later than now plus the skew', async () => {
    const { db, local } = collection();
    const future = Date.UTC(2100, 0, 1);
    await local.bulkDocs([await doc(article('tuong-lai', { clippedAt: future, updatedAt: future }))]);
    await pull(db, local);
    expect((await readRecords(db))[0]).toMatchObject({ updatedAt: NOW + CLOCK_SKEW_MS, clippedAt: NOW + CLOCK_SKEW_MS });
  });

  it('that rewrites a clipping held here is set aside, and this collection’s copy goes back on top of it', async () => {
    const { db, local } = collection();
    const mine = article('cua-toi', { note: 'Ghi chú của tôi' });
    const [written] = (await local.bulkDocs([await doc(mine)])) as { rev: string }[];
    await pull(db, local);
    const docId = await docIdOf(mine.canonicalUrl);
    const rewritten = await doc({ ...mine, canonicalUrl: 'https://nhandan.vn/bai-khac.html', note: 'đã bị sửa' }, docId);
    await local.bulkDocs([{ ...rewritten, _rev: written!.rev }]);
    await pull(db, local);
    expect(await readSetAside(db)).toEqual([expect.objectContaining({ docId, reason: 'wrong-id' })]);
    expect((await readRecords(db))[0]).toMatchObject({ canonicalUrl: mine.canonicalUrl, note: 'Ghi chú của tôi' });
    await expect(db.outbox.count()).resolves.toBe(1);
    await pushFromOutbox(db, local as never, () => NOW);
    const winner = (await local.get(docId)) as unknown as { clipping: { canonicalUrl: string; note: string } };
    expect(winner.clipping).toMatchObject({ canonicalUrl: mine.canonicalUrl, note: 'Ghi chú của tôi' });
    await pull(db, local);
    expect(await readSetAside(db)).toEqual([]);
  });
});
