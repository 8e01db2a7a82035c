// @vitest-environment node
/**
 * Two collections syncing through a real replication server (pouchdb-server,
 * in memory, on loopback), each with its own engine, as two browsers would.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { correctClipping, deleteClipping, putRecords, readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { mergeRecords } from '@/lib/store/merge';
import { commentQuote, deleteQuoteOf, keepQuote } from '@/lib/store/quotes';
import { setWatched, watchList } from '@/lib/store/watch';
import { watchKey } from '@/lib/clipping/watch-key';
import { toWatchDoc, watchDocId } from '@/lib/sync/watch-doc';
import { readSetAside } from '@/lib/sync/set-aside';
import { targetOf } from '@/lib/clipping/quotes';
import { restoreFromTrash } from '@/lib/store/restore';
import { listTrash } from '@/lib/store/trash';
import { ALICE, CAROL, type Couch, OUTSIDER, startCouch, TEAM_DB } from '../../../scripts/support/couch';
import { clippingInput } from '../../../scripts/support/clippings';
import { member, type Member, setupFor } from '../../../scripts/support/sync-member';

// Each test is several HTTP exchanges with a real server: a hang guard, not a speed check (speed is the sync bench's).
vi.setConfig({ testTimeout: 30_000 });

let couch: Couch;
const members: Member[] = [];

beforeAll(async () => {
  couch = await startCouch();
}, 30_000);
afterAll(async () => {
  await couch?.stop();
});
afterEach(async () => {
  await Promise.all(members.splice(0).map((m) => m.close()));
  // Each test starts from an empty team database.
  await couch.admin(`/${TEAM_DB}`, { method: 'DELETE' });
  await couch.admin(`/${TEAM_DB}`, { method: 'PUT' });
  await couch.admin(`/${TEAM_DB}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [ALICE.name, CAROL.name], roles: [] } }) });
});

function join(name: string, options?: { batchSize?: number }): Member {
  const m = member(name, options);
  members.push(m);
  return m;
}

async function configured(name: string, user = ALICE, options?: { batchSize?: number }): Promise<Member> {
  const m = join(name, options);
  const status = await m.engine.configure(setupFor(couch.url, user));
  expect(status.problem).toBeNull();
  return m;
}

let articles = 0;
const clip = (db: AnnotatorDb, path = `bai-${++articles}`) => saveClipping(db, clippingInput({ url: `https://baoquocte.vn/${path}.html`, canonicalUrl: `https://baoquocte.vn/${path}.html` }));

/** The collection as the user sees it: by article, with the user's words. */
async function collection(db: AnnotatorDb) {
  return (await readRecords(db)).map((r) => ({ url: r.canonicalUrl, note: r.note, tags: [...r.tags].sort(), title: r.title })).sort((a, b) => a.url.localeCompare(b.url));
}

/** Everyone syncs in turn until nothing changes: what "within a minute" amounts to. */
async function settle(...team: Member[]) {
  for (let round = 0; round < 2; round++) for (const m of team) expect((await m.engine.syncNow()).problem).toBeNull();
}

async function serverDocCount() {
  const info = (await (await couch.admin(`/${TEAM_DB}`)).json()) as { doc_count: number };
  return info.doc_count;
}

describe('setting up sync', () => {
  it('says plainly what is wrong, and keeps nothing that does not work', async () => {
    const m = join('setup');
    const wrong = await m.engine.configure(setupFor(couch.url, { name: ALICE.name, password: 'not-her-password' }));
    expect(wrong.problem?.code).toBe('unauthorized');
    expect(wrong.server).toBeNull();
    expect((await m.engine.configure(setupFor(couch.url, ALICE, 'no-such-team'))).problem?.code).toBe('no-database');
    expect((await m.engine.configure(setupFor(couch.url, OUTSIDER))).problem?.code).toBe('forbidden');
    expect((await m.engine.configure(setupFor('http://sync.example-team.vn', ALICE))).problem?.code).toBe('insecure-url');
    expect((await m.engine.configure(setupFor('not an address', ALICE))).problem?.code).toBe('bad-url');
    const closedPort = couch.url.replace(/:\d+$/, ':1');
    expect((await m.engine.configure(setupFor(closedPort, ALICE))).problem?.code).toBe('unreachable');
    await expect(m.engine.status()).resolves.toMatchObject({ server: null, problem: null });

    const ok = await m.engine.configure(setupFor(couch.url, ALICE));
    expect(ok).toMatchObject({ server: { url: couch.url, database: TEAM_DB, username: ALICE.name }, problem: null });
    // The password is never part of the status the pages see.
    expect(JSON.stringify(ok)).not.toContain(ALICE.password);
  });

  it('sends nothing to a server whose permission the user refused', async () => {
    const m = join('refused');
    m.granted = false;
    const before = couch.traffic().sent;
    const status = await m.engine.configure(setupFor(couch.url, ALICE));
    expect(status.problem?.code).toBe('permission-refused');
    expect(m.asked).toEqual([couch.url]);
    expect(couch.traffic().sent).toBe(before);
  });

  it('keeps the credentials in the extension database only, and forgets them on stop with the collection whole', async () => {
    const m = await configured('stop');
    await clip(m.db);
    await m.engine.syncNow();
    await expect(m.db.sync.get('server')).resolves.toMatchObject({ password: ALICE.password });
    const stopped = await m.engine.stop();
    expect(stopped).toMatchObject({ server: null, pending: 0, running: false });
    await expect(m.db.sync.get('server')).resolves.toBeUndefined();
    await expect(m.db.clippings.count()).resolves.toBe(1);
  });
});

describe('sessions', () => {
  it('signs in again when the session expires, and says so when the password changed on the server', async () => {
    const a = await configured('a');
    await clip(a.db, 'truoc-khi-het-han');
    expect((await a.engine.syncNow()).problem).toBeNull();
    // Sessions of one second: the next run finds its cookie expired.
    await couch.admin('/_config/couch_httpd_auth/timeout', { method: 'PUT', body: JSON.stringify('1') });
    try {
      await a.engine.syncNow();
      await new Promise((done) => setTimeout(done, 2100));
      await clip(a.db, 'sau-khi-het-han');
      expect(await a.engine.syncNow()).toMatchObject({ problem: null, pending: 0 });
      await expect(serverDocCount()).resolves.toBe(2);
    } finally {
      await couch.admin('/_config/couch_httpd_auth/timeout', { method: 'PUT', body: JSON.stringify('600') });
    }
    // The administrator changes Alice's password: the next run says the password is wrong, and keeps the change waiting.
    const user = (await (await couch.admin(`/_users/org.couchdb.user:${ALICE.name}`)).json()) as Record<string, unknown>;
    try {
      await couch.admin(`/_users/org.couchdb.user:${ALICE.name}`, { method: 'PUT', body: JSON.stringify({ ...user, password: 'changed-by-admin' }) });
      await clip(a.db, 'mat-khau-moi');
      expect(await a.engine.syncNow()).toMatchObject({ problem: { code: 'unauthorized' }, pending: 1 });
    } finally {
      const now = (await (await couch.admin(`/_users/org.couchdb.user:${ALICE.name}`)).json()) as Record<string, unknown>;
      await couch.admin(`/_users/org.couchdb.user:${ALICE.name}`, { method: 'PUT', body: JSON.stringify({ ...now, password: ALICE.password }) });
    }
  }, 20_000);
});

describe('two collections', () => {
  it('converge: each gets the other clippings, one article clipped on both is one clipping with both notes', async () => {
    const a = join('a');
    const c = join('c');
    await clip(a.db, 'chi-a-1');
    await clip(a.db, 'chi-a-2');
    const sharedA = await clip(a.db, 'ca-hai');
    await updateClipping(a.db, sharedA.id, { note: 'Ghi chú của Alice', tags: ['đối ngoại'] });
    await clip(c.db, 'chi-c');
    const sharedC = await clip(c.db, 'ca-hai');
    await updateClipping(c.db, sharedC.id, { note: 'Ghi chú của Carol', tags: ['báo chí'] });

    expect((await a.engine.configure(setupFor(couch.url, ALICE))).problem).toBeNull();
    expect((await c.engine.configure(setupFor(couch.url, CAROL))).problem).toBeNull();
    await settle(a, c);

    const seenByA = await collection(a.db);
    expect(seenByA).toEqual(await collection(c.db));
    expect(seenByA.map((x) => x.url.replace(/^.*\//, ''))).toEqual(['ca-hai.html', 'chi-a-1.html', 'chi-a-2.html', 'chi-c.html']);
    const shared = seenByA.find((x) => x.url.endsWith('ca-hai.html'))!;
    expect(shared.note).toContain('Ghi chú của Alice');
    expect(shared.note).toContain('Ghi chú của Carol');
    expect(shared.tags).toEqual(['báo chí', 'đối ngoại']);
    await expect(serverDocCount()).resolves.toBe(4);
    for (const m of [a, c]) await expect(m.engine.status()).resolves.toMatchObject({ pending: 0, problem: null, running: false });
    expect((await a.engine.status()).lastSyncedAt).toEqual(expect.any(Number));
    expect(c.collectionChanges).toBeGreaterThan(0);
  });

  it('carry the findings each person marked wrong, both kept when they did so apart', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const mine = await clip(a.db, 'sua-phat-hien');
    await settle(a, c);
    const theirs = (await readRecords(c.db))[0]!;
    await correctClipping(a.db, mine.id, { op: 'reject', kind: 'official', label: 'Nguyễn Văn An' });
    await correctClipping(c.db, theirs.id, { op: 'reject', kind: 'directive', label: '57-KL/TW' });
    await settle(a, c);
    for (const m of [a, c]) {
      const [record] = await readRecords(m.db);
      expect(record!.corrections?.rejected).toEqual({ officials: ['Nguyễn Văn An'], directives: ['57-KL/TW'] });
    }
  });

  it('keep both people’s words when both edit the same note apart, and say so', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const { id } = await clip(a.db, 'sua-cung-luc');
    await settle(a, c);
    const idAtC = (await readRecords(c.db))[0]!.id;
    await updateClipping(a.db, id, { note: 'Alice: cần trích dẫn Kết luận 57', tags: ['a'] });
    await updateClipping(c.db, idAtC, { note: 'Carol: đã gửi lãnh đạo', tags: ['c'] });
    await settle(a, c);
    for (const m of [a, c]) {
      const [record] = await readRecords(m.db);
      expect(record!.note).toContain('Alice: cần trích dẫn Kết luận 57');
      expect(record!.note).toContain('Carol: đã gửi lãnh đạo');
      expect([...record!.tags].sort()).toEqual(['a', 'c']);
      await expect(m.engine.status()).resolves.toMatchObject({ conflicts: 1, restored: 0 });
    }
    // The user settles it by editing the note: the flag goes, everywhere.
    await updateClipping(a.db, id, { note: 'Alice và Carol: đã thống nhất', tags: ['a', 'c'] });
    await settle(a, c);
    for (const m of [a, c]) {
      await expect(m.engine.status()).resolves.toMatchObject({ conflicts: 0 });
      expect((await readRecords(m.db))[0]!.note).toBe('Alice và Carol: đã thống nhất');
    }
  });

  it('keep both words when both run at the same moment (a conflict on the server itself)', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const { id } = await clip(a.db, 'dong-thoi');
    await settle(a, c);
    const idAtC = (await readRecords(c.db))[0]!.id;
    await updateClipping(a.db, id, { note: 'Bản của Alice', tags: [] });
    await updateClipping(c.db, idAtC, { note: 'Bản của Carol', tags: [] });
    await Promise.all([a.engine.syncNow(), c.engine.syncNow()]);
    await settle(a, c);
    const notes = await Promise.all([a, c].map(async (m) => (await readRecords(m.db))[0]!.note));
    expect(notes[0]).toBe(notes[1]);
    expect(notes[0]).toContain('Bản của Alice');
    expect(notes[0]).toContain('Bản của Carol');
    // Settled on the server too: one revision left.
    const doc = (await (await couch.admin(`/${TEAM_DB}/_all_docs?include_docs=true&conflicts=true`)).json()) as { rows: { doc: { _conflicts?: string[] } }[] };
    expect(doc.rows).toHaveLength(1);
    expect(doc.rows[0]!.doc._conflicts ?? []).toEqual([]);
  });

  it('carry the user’s words but leave each collection its own analysis of the same text', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const { id } = await clip(a.db, 'phan-tich');
    await settle(a, c);
    // Carol's newer matcher re-analysed it (derived data: nothing is queued).
    const [mine] = await readRecords(c.db);
    const reanalysed = { ...mine!.analysis, foreignInfo: { ...mine!.analysis.foreignInfo, score: 0.99 } };
    await c.db.transaction('rw', [c.db.clippings, c.db.records, c.db.searchTexts, c.db.research], () => putRecords(c.db, [{ ...mine!, analysis: reanalysed }], 'derived'));
    await expect(c.engine.status()).resolves.toMatchObject({ pending: 0 });
    await updateClipping(a.db, id, { note: 'Alice thêm ghi chú', tags: [] });
    await settle(a, c);
    const [after] = await readRecords(c.db);
    expect(after).toMatchObject({ note: 'Alice thêm ghi chú', analysis: reanalysed });
  });

  it('propagate deletions, and imports made in the library page', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const gone = await clip(a.db, 'se-xoa');
    await clip(a.db, 'o-lai');
    await settle(a, c);
    await deleteClipping(a.db, gone.id);
    // An import writes through the store like the library page does, without the background.
    const imported = { ...clippingInput({ url: 'https://nhandan.vn/nhap.html', canonicalUrl: 'https://nhandan.vn/nhap.html' }), id: 'imported-1', clippedAt: 1, updatedAt: 2, note: 'từ tệp', tags: [] };
    await mergeRecords(c.db, [imported]);
    await settle(a, c);
    for (const m of [a, c]) expect((await collection(m.db)).map((x) => x.url)).toEqual(['https://baoquocte.vn/o-lai.html', 'https://nhandan.vn/nhap.html']);
    await expect(serverDocCount()).resolves.toBe(2);
  });

  it('put a teammate’s delete and emptied note in the local trash, and restoring brings the words back for everyone', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const gone = await clip(a.db, 'bi-xoa');
    const emptied = await clip(a.db, 'bi-xoa-ghi-chu');
    await updateClipping(a.db, gone.id, { note: 'Ghi chú của Alice về bài bị xoá', tags: ['a'] });
    await updateClipping(a.db, emptied.id, { note: 'Ghi chú của Alice sẽ bị xoá trắng', tags: [] });
    await settle(a, c);
    const atC = new Map((await readRecords(c.db)).map((r) => [r.canonicalUrl, r.id]));
    await deleteClipping(c.db, atC.get('https://baoquocte.vn/bi-xoa.html')!);
    await updateClipping(c.db, atC.get('https://baoquocte.vn/bi-xoa-ghi-chu.html')!, { note: '', tags: [] });
    await settle(c, a);

    const trash = await listTrash(a.db);
    expect(trash.map((e) => [e.reason, e.note]).sort()).toEqual([
      ['deleted-elsewhere', 'Ghi chú của Alice về bài bị xoá'],
      ['note-emptied', 'Ghi chú của Alice sẽ bị xoá trắng'],
    ]);
    for (const entry of trash) await restoreFromTrash(a.db, entry.key!);
    await settle(a, c);
    for (const m of [a, c])
      expect((await collection(m.db)).map((x) => [x.url, x.note])).toEqual([
        ['https://baoquocte.vn/bi-xoa-ghi-chu.html', 'Ghi chú của Alice sẽ bị xoá trắng'],
        ['https://baoquocte.vn/bi-xoa.html', 'Ghi chú của Alice về bài bị xoá'],
      ]);
    await expect(listTrash(a.db)).resolves.toEqual([]);
  });

  it('keep an edited clipping that the other side deleted, and say so (either order)', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const first = await clip(a.db, 'xoa-va-sua-1');
    const second = await clip(a.db, 'xoa-va-sua-2');
    await settle(a, c);
    const atC = new Map((await readRecords(c.db)).map((r) => [r.canonicalUrl, r.id]));
    // 1: Alice deletes and syncs first, Carol edited meanwhile.
    await deleteClipping(a.db, first.id);
    await updateClipping(c.db, atC.get('https://baoquocte.vn/xoa-va-sua-1.html')!, { note: 'Carol vẫn cần bài này', tags: [] });
    // 2: Carol edits and syncs first, Alice deletes meanwhile.
    await updateClipping(c.db, atC.get('https://baoquocte.vn/xoa-va-sua-2.html')!, { note: 'Carol sửa trước', tags: [] });
    await c.engine.syncNow();
    await deleteClipping(a.db, second.id);
    await a.engine.syncNow();
    await settle(a, c);
    for (const m of [a, c]) {
      const notes = (await collection(m.db)).map((x) => x.note);
      expect(notes).toEqual(['Carol vẫn cần bài này', 'Carol sửa trước']);
    }
    // The member who deleted is told their delete did not stand; no words were put side by side.
    await expect(a.engine.status()).resolves.toMatchObject({ restored: 2, conflicts: 0 });
  });
});

/** Alice and Carol, synced, with one article Alice clipped and a quote she kept on it. */
async function quotedOnBoth(path: string) {
  const a = await configured('a');
  const c = await configured('c', CAROL);
  const { id } = await clip(a.db, path);
  const text = (await readRecords(a.db))[0]!.text;
  const quote = await keepQuote(a.db, id, targetOf(text, 0, 12)!);
  await settle(a, c);
  return { a, c, id, text, quote, idAtC: (await readRecords(c.db))[0]!.id };
}

describe('quotes and newer members’ fields', () => {
  it('keep both people’s quotes and both comments on one quote', async () => {
    const { a, c, id, text, quote: shared, idAtC } = await quotedOnBoth('trich-dan');
    await commentQuote(a.db, id, shared.id, 'Alice: câu then chốt');
    await commentQuote(c.db, idAtC, shared.id, 'Carol: dẫn vào báo cáo');
    await keepQuote(c.db, idAtC, targetOf(text, text.length - 10, text.length)!);
    await settle(a, c);
    for (const m of [a, c]) {
      const quotes = (await readRecords(m.db))[0]!.quotes!;
      expect(quotes).toHaveLength(2);
      expect(quotes[0]!.comment).toContain('Alice: câu then chốt');
      expect(quotes[0]!.comment).toContain('Carol: dẫn vào báo cáo');
    }
  });

  it('delete a quote for everyone, though the other commented it meanwhile, whose comment stays in the tombstone', async () => {
    const { a, c, id, quote, idAtC } = await quotedOnBoth('xoa-trich-dan');
    await deleteQuoteOf(a.db, id, quote.id);
    await commentQuote(c.db, idAtC, quote.id, 'Carol: vẫn cần');
    await settle(a, c);
    for (const m of [a, c]) {
      const [record] = await readRecords(m.db);
      expect(record!.quotes ?? []).toEqual([]);
      expect(record!.deletedQuotes!.map((q) => [q.id, q.comment])).toEqual([[quote.id, 'Carol: vẫn cần']]);
    }
  });

  it('keep the fields a newer member wrote when this version edits the document and writes it back', async () => {
    const a = await configured('a');
    const { id } = await clip(a.db, 'ban-moi');
    await settle(a);
    // A newer member's revision: a top-level field and a clipping field this version does not know.
    type Doc = { _id: string; clipping: Record<string, unknown> } & Record<string, unknown>;
    const [row] = ((await (await couch.admin(`/${TEAM_DB}/_all_docs?include_docs=true`)).json()) as { rows: { doc: Doc }[] }).rows;
    const newer: Doc = { ...row!.doc, reviewedBy: ['carol'], clipping: { ...row!.doc.clipping, highlightsV2: [{ colour: 'vàng', at: 3 }] } };
    await couch.admin(`/${TEAM_DB}/${newer._id}`, { method: 'PUT', body: JSON.stringify(newer) });
    await settle(a);
    await updateClipping(a.db, id, { note: 'Alice sửa ghi chú', tags: [] });
    await settle(a);
    const written = (await (await couch.admin(`/${TEAM_DB}/${newer._id}`)).json()) as Doc;
    expect(written.clipping.note).toBe('Alice sửa ghi chú');
    expect(written.reviewedBy).toEqual(['carol']);
    expect(written.clipping.highlightsV2).toEqual([{ colour: 'vàng', at: 3 }]);
  });
});

describe('runs', () => {
  it('send a change made during a run when Sync now is asked for then', async () => {
    const a = await configured('a', ALICE, { batchSize: 10 });
    for (let i = 0; i < 60; i++) await clip(a.db, `dang-chay-${i}`);
    const first = a.engine.syncNow();
    await clip(a.db, 'trong-luc-chay');
    const asked = await a.engine.syncNow();
    expect(asked).toMatchObject({ problem: null, pending: 0 });
    await first;
    await expect(serverDocCount()).resolves.toBe(61);
  });

  it('stop part-way: nothing more is sent, the collection stays whole', async () => {
    const a = await configured('a', ALICE, { batchSize: 10 });
    for (let i = 0; i < 100; i++) await clip(a.db, `dung-giua-chung-${i}`);
    const run = a.engine.syncNow();
    for (let n = 0; n === 0; n = await serverDocCount()) await new Promise((done) => setTimeout(done, 5));
    const stopped = await a.engine.stop();
    await run;
    expect(stopped).toMatchObject({ server: null, running: false, pending: 0 });
    const sent = couch.traffic().sent;
    const held = await serverDocCount();
    // The alarm may still fire once before it is cleared: it finds nothing set up.
    await a.engine.runIfSetUp();
    await a.engine.syncNow();
    expect(couch.traffic().sent).toBe(sent);
    await expect(serverDocCount()).resolves.toBe(held);
    await expect(a.db.clippings.count()).resolves.toBe(100);
  });
});

describe('a server that goes away', () => {
  it('keeps a clipping made offline and sends it when the server is back', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    await settle(a, c);
    await couch.drop();
    try {
      await clip(a.db, 'ngoai-tuyen');
      const offline = await a.engine.syncNow();
      expect(offline.problem?.code).toBe('unreachable');
      expect(offline.pending).toBe(1);
    } finally {
      await couch.restore();
    }
    const back = await a.engine.syncNow();
    expect(back).toMatchObject({ problem: null, pending: 0 });
    await c.engine.syncNow();
    expect((await collection(c.db)).map((x) => x.url)).toEqual(['https://baoquocte.vn/ngoai-tuyen.html']);
  });

  it('resumes a first sync cut in the middle with nothing lost or doubled', async () => {
    const a = await configured('a', ALICE, { batchSize: 10 });
    for (let i = 0; i < 150; i++) await clip(a.db, `nhieu-${i}`);
    const run = a.engine.syncNow();
    // Cut once the server holds part of the collection.
    for (let n = 0; n === 0; n = await serverDocCount().catch(() => 0)) await new Promise((done) => setTimeout(done, 5));
    await couch.drop();
    const cut = await run;
    await couch.restore();
    expect(cut.problem?.code).toBe('unreachable');
    await expect(serverDocCount()).resolves.toBeLessThan(150);
    expect((await a.engine.syncNow()).problem).toBeNull();
    await expect(serverDocCount()).resolves.toBe(150);
    const c = await configured('c', CAROL);
    await c.engine.syncNow();
    const received = await collection(c.db);
    expect(received).toHaveLength(150);
    expect(new Set(received.map((x) => x.url)).size).toBe(150);
    expect(received).toEqual(await collection(a.db));
  });
});

describe('the watch list', () => {
  const names = async (m: Member) => (await watchList(m.db)).map((row) => row.label);

  it('travels: a star on one member appears on the other, a removal there is gone here and stays gone', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    await setWatched(a.db, 'official', 'Nguyễn Văn Thủy', true);
    await setWatched(a.db, 'directive', '57-KL/TW', true);
    await settle(a, c);
    expect((await names(c)).sort()).toEqual(['57-KL/TW', 'Nguyễn Văn Thủy']);
    // Carol takes one star away, spelling the name her own way.
    await setWatched(c.db, 'official', 'nguyễn văn thuỷ', false);
    await settle(a, c);
    for (const m of [a, c]) expect(await names(m)).toEqual(['57-KL/TW']);
    // Alice's collection had the star: nothing of hers brings it back, run after run.
    await settle(a, c, a);
    for (const m of [a, c]) expect(await names(m)).toEqual(['57-KL/TW']);
    expect(await serverDocCount()).toBe(2);
  });

  it('settles a star and a removal made apart by the later one, the same on both sides', async () => {
    const a = await configured('a');
    const c = await configured('c', CAROL);
    const t = Date.now() - 60_000;
    await setWatched(a.db, 'official', 'Lê Hải Bình', true, t);
    await settle(a, c);
    // Apart: Alice removes it, then Carol stars it again later; neither has synced.
    await setWatched(a.db, 'official', 'Lê Hải Bình', false, t + 1000);
    await setWatched(c.db, 'official', 'Lê Hải Bình', false, t + 2000);
    await setWatched(c.db, 'official', 'Lê Hải Bình', true, t + 3000);
    await settle(a, c);
    for (const m of [a, c]) expect(await names(m)).toEqual(['Lê Hải Bình']);
    // Both star the same subject for the first time at once: one document, one star on each.
    await setWatched(a.db, 'directive', '47/NQ-CP', true, t + 4000);
    await setWatched(c.db, 'directive', '47/nq-cp', true, t + 4000);
    await settle(a, c);
    for (const m of [a, c]) expect((await names(m)).length).toBe(2);
  });

  it('sets aside what a hostile member writes, heals its own stars over it, and keeps a newer member’s fields', async () => {
    const a = await configured('a');
    await setWatched(a.db, 'official', 'Lê Hải Bình', true);
    await settle(a);
    const key = watchKey('official', 'Lê Hải Bình');
    const id = await watchDocId(key);
    const stored = (await (await couch.admin(`/${TEAM_DB}/${id}`)).json()) as Record<string, unknown>;
    // A removal dated 2100 under the right id, and a star under another subject's id (prototype keys: watch-doc.test.ts; pouchdb-server's parser drops them).
    const forged = { ...stored, watch: { ...(stored.watch as object), removedAt: '2100-01-01T00:00:00.000Z' }, reviewedBy: 'carol' };
    await couch.admin(`/${TEAM_DB}/${id}`, { method: 'PUT', body: JSON.stringify(forged) });
    const wrongId = await watchDocId(watchKey('official', 'Người Khác'));
    await couch.admin(`/${TEAM_DB}/${wrongId}`, { method: 'PUT', body: JSON.stringify(toWatchDoc(wrongId, { key, kind: 'official', label: 'Lê Hải Bình', starredAt: Date.now() })) });
    await settle(a);
    // The removal is clamped to now plus the skew: it applies, but a star after it will stand.
    expect(await names(a)).toEqual([]);
    expect((await readSetAside(a.db)).map((d) => [d.docId, d.reason])).toEqual([[wrongId, 'wrong-id']]);
    await setWatched(a.db, 'official', 'Lê Hải Bình', true, Date.now() + 10 * 60_000);
    await settle(a);
    expect(await names(a)).toEqual(['Lê Hải Bình']);
    const written = (await (await couch.admin(`/${TEAM_DB}/${id}`)).json()) as Record<string, unknown>;
    expect(written.reviewedBy).toBe('carol');
    expect(written.watch).not.toHaveProperty('removedAt');
  });
});
