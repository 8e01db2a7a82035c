/**
 * A hostile member of the team, against pouchdb-server on loopback: three
 * members (Alice and Carol honest, each a collection with its own engine in
 * Node, as test/unit/sync/sync.test.ts drives them; Mallory a member who writes
 * to the server by hand), then a new member. Mallory copies a clipping under
 * another id, rewrites a document's canonical URL to another article's, forges
 * flags and a date in 2100, writes 1 000 conflicting leaves, a 40 MB
 * attachment, tries a design document, and deletes documents. The honest
 * members end converged, with no problem, their notes and clippings intact,
 * and a new member joins.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, saveClipping, updateClipping } from '../../lib/store/clippings';
import type { AnnotatorDb } from '../../lib/store/db';
import { NOTE_SEPARATOR } from '../../lib/clipping/user-words';
import { CLOCK_SKEW_MS } from '../../lib/clipping/clock';
import { SETTLE_LEAVES } from '../../lib/sync/pull';
import { readSetAside } from '../../lib/sync/set-aside';
import { listTrash } from '../../lib/store/trash';
import { clippingInput } from '../../scripts/support/clippings';
import { ALICE, CAROL, type Couch, startCouch, TEAM_DB } from '../../scripts/support/couch';
import { member, type Member, setupFor } from '../../scripts/support/sync-member';

const MALLORY = { name: 'mallory', password: 'mallory-pw' };
const DAN = { name: 'dan', password: 'dan-pw' };
/**
 * Mallory's leaves on one document, and the attachment's size (pouchdb-server takes 40 MB).
 * pouchdb-server answers a `_bulk_get` of 1 000 leaves in about a minute; the members ask
 * for them and write them in parts (lib/sync/bulk-in-parts.ts), each answered within the idle deadline.
 */
const LEAVES = 1000;
const ATTACHMENT_BYTES = 40 * 1024 * 1024;

type Body = { _id: string; _rev: string; kind: string; kept?: string; clipping: Record<string, unknown> & { canonicalUrl: string; note: string } };

const url = (path: string) => `https://baoquocte.vn/${path}.html`;
const clip = (db: AnnotatorDb, path: string) => saveClipping(db, clippingInput({ url: url(path), canonicalUrl: url(path), title: `Bài ${path}` }));
const idOf = async (db: AnnotatorDb, path: string) => (await readRecords(db)).find((r) => r.canonicalUrl === url(path))!.id;

/** The collection as the user sees it: article, note and tags. */
async function collection(db: AnnotatorDb) {
  return (await readRecords(db)).map((r) => ({ url: r.canonicalUrl, note: r.note, tags: [...r.tags].sort() })).sort((a, b) => a.url.localeCompare(b.url));
}

describe('a hostile member', () => {
  let couch: Couch;
  let alice: Member;
  let carol: Member;
  const members: Member[] = [];
  /** A request to the team's database as Mallory, a member like any other. */
  let mallory: (path: string, init?: RequestInit) => Promise<Response>;
  const server = async (docId: string, query = ''): Promise<Body> => (await (await couch.admin(`/${TEAM_DB}/${docId}${query}`)).json()) as Body;
  const docIdAt = async (m: Member, path: string) => (await m.db.syncDocs.where('id').equals(await idOf(m.db, path)).first())!.docId;

  beforeAll(async () => {
    couch = await startCouch();
    for (const user of [MALLORY, DAN]) {
      await couch.admin(`/_users/org.couchdb.user:${user.name}`, { method: 'PUT', body: JSON.stringify({ name: user.name, password: user.password, roles: [], type: 'user' }) });
    }
    const names = [ALICE.name, CAROL.name, MALLORY.name, DAN.name];
    await couch.admin(`/${TEAM_DB}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names, roles: [] } }) });
    const auth = `Basic ${Buffer.from(`${MALLORY.name}:${MALLORY.password}`).toString('base64')}`;
    mallory = (path, init = {}) => fetch(`${couch.direct}/${TEAM_DB}/${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: auth, ...(init.headers as Record<string, string>) } });
    alice = member('alice');
    carol = member('carol');
    members.push(alice, carol);
  });
  afterAll(async () => {
    await Promise.all(members.map((m) => m.close()));
    await couch?.stop();
  });

  /** Every honest member syncs in turn, each run without a problem. */
  async function settle(team: Member[], rounds = 2) {
    for (let round = 0; round < rounds; round++) {
      for (const m of team) expect((await m.engine.syncNow()).problem).toBeNull();
    }
  }

  it('cannot stop the honest members’ sync, nor take their words or clippings', async () => {
    for (const path of ['cua-alice', 'doi-dia-chi', 'nhieu-nhanh', 'dinh-kem', 'xoa-khi-sua', 'se-bi-xoa']) await clip(alice.db, path);
    await updateClipping(alice.db, await idOf(alice.db, 'cua-alice'), { note: 'Alice: trích dẫn cho báo cáo tuần', tags: ['alice'] });
    await updateClipping(alice.db, await idOf(alice.db, 'nhieu-nhanh'), { note: 'Alice: bài cần theo dõi', tags: [] });
    await clip(carol.db, 'cua-carol');
    await updateClipping(carol.db, await idOf(carol.db, 'cua-carol'), { note: 'Carol: đã gửi lãnh đạo', tags: ['carol'] });
    expect((await alice.engine.configure(setupFor(couch.url, ALICE))).problem).toBeNull();
    expect((await carol.engine.configure(setupFor(couch.url, CAROL))).problem).toBeNull();
    await settle([alice, carol]);
    const before = await collection(alice.db);
    expect(before).toEqual(await collection(carol.db));

    // 1. A copy of Alice's clipping under another id.
    const original = await server(await docIdAt(alice, 'cua-alice'));
    const { _id: _a, _rev: _b, ...copy } = original;
    expect((await mallory('clip-0000-a-copy', { method: 'PUT', body: JSON.stringify(copy) })).status).toBe(201);
    // 2. A document rewritten so that its canonical URL names Carol's article.
    const moved = await server(await docIdAt(alice, 'doi-dia-chi'));
    const rewritten = { ...moved, clipping: { ...moved.clipping, canonicalUrl: url('cua-carol'), url: url('cua-carol'), note: 'Mallory đã chuyển bài này' } };
    expect((await mallory(moved._id, { method: 'PUT', body: JSON.stringify(rewritten) })).status).toBe(201);
    // 3. Forged flags on Carol's document: two people's notes claimed, dated 2100, another clipping's id, fields of its own.
    const carols = await server(await docIdAt(carol, 'cua-carol'));
    const year2100 = '2100-01-01T00:00:00.000Z';
    const forged = { ...carols, kept: 'words', admin: true, clipping: { ...carols.clipping, id: await idOf(carol.db, 'cua-alice'), clippedAt: year2100, updatedAt: year2100 } };
    expect((await mallory(carols._id, { method: 'PUT', body: JSON.stringify(forged) })).status).toBe(201);
    // 4. A 40 MB attachment on a clipping's document.
    const carrier = await server(await docIdAt(alice, 'dinh-kem'));
    const big = await mallory(`${carrier._id}/rac.bin?rev=${carrier._rev}`, { method: 'PUT', body: Buffer.alloc(ATTACHMENT_BYTES, 120), headers: { 'Content-Type': 'application/octet-stream' } });
    expect(big.status).toBe(201);
    // 5. 1 000 conflicting leaves on one document, each with a note of Mallory's.
    const busy = await server(await docIdAt(alice, 'nhieu-nhanh'));
    const generation = Number.parseInt(busy._rev, 10);
    const leaves = Array.from({ length: LEAVES }, (_, i) => {
      const hash = i.toString(16).padStart(32, '0');
      return {
        ...busy,
        _rev: `${generation + 1}-${hash}`,
        _revisions: { start: generation + 1, ids: [hash, busy._rev.split('-')[1]] },
        clipping: { ...busy.clipping, note: `Mallory ${i}: ${'rác '.repeat(20)}`, updatedAt: '2000-01-01T00:00:00.000Z', clippedAt: '2000-01-01T00:00:00.000Z' },
      };
    });
    expect((await mallory('_bulk_docs', { method: 'POST', body: JSON.stringify({ docs: leaves, new_edits: false }) })).status).toBe(201);
    // 6. A design document that would refuse every write: the server refuses it from a member, as CouchDB does.
    const design = await mallory('_design/chan-het', { method: 'PUT', body: JSON.stringify({ validate_doc_update: 'function () { throw({ forbidden: "no" }); }' }) });
    expect(design.status).toBe(401);
    // The administrator's own design document replicates too: members leave it alone.
    await couch.admin(`/${TEAM_DB}/_design/nhom`, { method: 'PUT', body: JSON.stringify({ views: { all: { map: 'function (doc) { emit(doc._id); }' } }, filters: { none: 'function () { return false; }' } }) });
    // 7. Deletes: one while Carol edits that clipping, one of a clipping nobody is editing.
    const editedWhileDeleted = await server(await docIdAt(alice, 'xoa-khi-sua'));
    await updateClipping(carol.db, await idOf(carol.db, 'xoa-khi-sua'), { note: 'Carol vẫn cần bài này', tags: [] });
    expect((await mallory(`${editedWhileDeleted._id}?rev=${editedWhileDeleted._rev}`, { method: 'DELETE' })).status).toBe(200);
    const plain = await server(await docIdAt(alice, 'se-bi-xoa'));
    expect((await mallory(`${plain._id}?rev=${plain._rev}`, { method: 'DELETE' })).status).toBe(200);

    const received = couch.traffic().received;
    await settle([alice, carol], 3);
    // The attachment was never downloaded: all the members received is far less than it.
    expect(couch.traffic().received - received).toBeLessThan(ATTACHMENT_BYTES / 4);

    // Converged, nothing waiting, every run without a problem.
    const after = await collection(alice.db);
    expect(after).toEqual(await collection(carol.db));
    for (const m of [alice, carol]) await expect(m.engine.status()).resolves.toMatchObject({ pending: 0, problem: null });
    // Their words and clippings: the copy and the rewrite changed nothing; the edit kept against the delete.
    const entry = (path: string) => after.find((x) => x.url === url(path));
    expect(after.map((x) => x.url.replace(/^.*\//, ''))).toEqual(['cua-alice.html', 'cua-carol.html', 'dinh-kem.html', 'doi-dia-chi.html', 'nhieu-nhanh.html', 'xoa-khi-sua.html']);
    expect(entry('cua-alice')).toMatchObject({ note: 'Alice: trích dẫn cho báo cáo tuần', tags: ['alice'] });
    expect(entry('cua-carol')).toMatchObject({ note: 'Carol: đã gửi lãnh đạo', tags: ['carol'] });
    expect(entry('doi-dia-chi')!.note).toBe('');
    expect(entry('xoa-khi-sua')!.note).toBe('Carol vẫn cần bài này');
    // Mallory's plain delete deleted, and each honest member keeps the clipping in the local trash.
    for (const m of [alice, carol]) {
      const trashed = (await listTrash(m.db)).filter((row) => row.canonicalUrl === url('se-bi-xoa'));
      expect(trashed.map((row) => [row.title, row.reason])).toEqual([['Bài se-bi-xoa', 'deleted-elsewhere']]);
    }
    // The 1 000 leaves: the winner is a settled copy with Alice's note first and whole; each run settled a
    // bounded share of the leaves (SETTLE_LEAVES), the rest wait for the document's next change.
    expect(entry('nhieu-nhanh')!.note.startsWith(`Alice: bài cần theo dõi${NOTE_SEPARATOR}`)).toBe(true);
    const settled = (await (await couch.admin(`/${TEAM_DB}/${busy._id}?conflicts=true`)).json()) as Body & { _conflicts?: string[] };
    expect(settled.clipping.note).toBe(entry('nhieu-nhanh')!.note);
    expect((settled._conflicts ?? []).length).toBeLessThanOrEqual(LEAVES - SETTLE_LEAVES);
    // The rewrite is mended on the server by the members' own copy; the copy under another id stays set aside.
    expect((await server(moved._id)).clipping.canonicalUrl).toBe(url('doi-dia-chi'));
    for (const m of [alice, carol]) {
      expect((await readSetAside(m.db)).map((d) => [d.docId, d.reason])).toEqual([['clip-0000-a-copy', 'wrong-id']]);
      const status = await m.engine.status();
      expect(status.setAside).toEqual({ count: 1, latest: 'wrong-id' });
      // The forged flag counts nothing: only the leaves' notes are side by side.
      expect(status.conflicts).toBe(1);
      const dated = (await readRecords(m.db)).find((r) => r.canonicalUrl === url('cua-carol'))!;
      expect(dated.updatedAt).toBeLessThanOrEqual(Date.now() + CLOCK_SKEW_MS);
    }

    // A new member joins and receives the same collection.
    const dan = member('dan');
    members.push(dan);
    expect((await dan.engine.configure(setupFor(couch.url, DAN))).problem).toBeNull();
    expect((await dan.engine.syncNow()).problem).toBeNull();
    await expect(dan.engine.status()).resolves.toMatchObject({ pending: 0, problem: null });
    expect(await collection(dan.db)).toEqual(after);
  }, 900_000);
});
