/**
 * The bridge between the collection (Dexie, what the pages read) and the
 * replicated database (PouchDB, what CouchDB replication moves). Both ways
 * run in the background only, one after the other (engine.ts):
 * - push: the outbox's changes become document revisions. A change made
 *   against the revision the collection last had is written on top of it; if
 *   the document moved on meanwhile (another member's change arrived), the
 *   two copies are merged first (merge-leaves.ts), so no word is dropped.
 * - pull: the replicated database's changes since the last checkpoint come
 *   into the collection, the checkpoint advancing in the same transaction as
 *   the rows it covers. A clipping with a change still in the outbox is left
 *   as it is: the push merges it with what arrived. Conflicting revisions
 *   that replication brought are settled into one before they are applied.
 *   A delete, or a note another member emptied, puts this collection's copy
 *   in the local trash first (store/trash.ts), so it can be brought back.
 */
import { newId, putRecords, deleteRows, trashTables } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import { writing } from '../store/errors';
import { enqueue, type OutboxRow } from '../store/outbox';
import { decodeLine } from '../clipping/record-line';
import type { SyncDocRow, SyncRow, SyncStateRow } from '../store/sync-rows';
import { putInTrash, type TrashReason } from '../store/trash';
import type { ClippingCard, ClippingRecord } from '../clipping/types';
import { type ClippingDoc, type ClippingDocBody, docIdOf, fromDoc, toDoc } from './doc';
import { mergeCopies } from './merge-leaves';
import type { Database } from './pouch-types';

export type LocalDb = Database<ClippingDocBody>;

/** Documents per step: bounded memory, and progress kept between steps. */
export const BRIDGE_BATCH = 200;

const syncTables = (db: AnnotatorDb) => [...trashTables(db), db.syncDocs, db.sync];

export async function readState(db: AnnotatorDb): Promise<SyncStateRow> {
  const row = await db.sync.get('state');
  return row?.key === 'state' ? row : { key: 'state', since: 0, lastSyncedAt: null, problem: null };
}


type Doc = ClippingDoc & { _rev: string; _conflicts?: string[] };

/** What another member's document says it kept, if it is one of the two flags the pages know. */
const keptFlag = (doc: Doc): SyncDocRow['conflict'] => (doc.kept === 'words' || doc.kept === 'deleted' ? doc.kept : undefined);

/** Settles a document's conflicting revisions into one revision on the winner: every copy's words kept. */
async function settleConflicts(local: LocalDb, doc: Doc): Promise<void> {
  const others = (await Promise.all((doc._conflicts ?? []).map((rev) => local.get(doc._id, { rev }).catch(() => null)))) as (Doc | null)[];
  const copies = [doc, ...others].flatMap((d) => {
    const record = d && fromDoc(d);
    return record ? [{ record, rev: d._rev }] : [];
  });
  const losers = (doc._conflicts ?? []).map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  if (copies.length === 0) {
    await local.bulkDocs(losers);
    return;
  }
  const merged = mergeCopies(copies, copies[0]!.record.id);
  const kept = merged.wordsSideBySide ? 'words' : keptFlag(doc);
  await local.bulkDocs([{ ...toDoc(doc._id, merged.record, kept), _rev: doc._rev }, ...losers]);
}

/**
 * Applies a batch of live or deleted documents to the collection, inside the
 * pull's transaction: everything it needs read in a few bulk requests, then
 * written in a few (10 000 documents one by one took a minute in Chromium).
 * Returns how many clippings changed here.
 */
async function applyDocs(db: AnnotatorDb, docs: readonly Doc[], now: number): Promise<number> {
  const rows = await db.syncDocs.bulkGet(docs.map((d) => d._id));
  const incoming = docs.map((d) => (d._deleted ? null : fromDoc(d)));
  const [byRow, byUrl] = await Promise.all([
    db.clippings.bulkGet(rows.map((r) => r?.id ?? '')),
    db.clippings
      .where('canonicalUrl')
      .anyOf(incoming.flatMap((r, i) => (r && !rows[i] ? [r.canonicalUrl] : [])))
      .toArray(),
  ]);
  const cardOfUrl = new Map(byUrl.map((c) => [c.canonicalUrl, c]));
  const cards = docs.map((_, i) => byRow[i] ?? (rows[i] ? undefined : incoming[i] && cardOfUrl.get(incoming[i]!.canonicalUrl)));
  const localIds = docs.map((_, i) => cards[i]?.id ?? rows[i]?.id);
  const known = localIds.filter((id): id is string => Boolean(id));
  const [waiting, lines, takenCards, takenRows] = await Promise.all([
    db.outbox.where('id').anyOf(known).toArray(),
    db.records.bulkGet(cards.map((c) => c?.id ?? '')),
    db.clippings.bulkGet(incoming.map((r) => r?.id ?? '')),
    db.syncDocs.where('id').anyOf(incoming.flatMap((r) => (r ? [r.id] : []))).toArray(),
  ]);
  const pending = new Set(waiting.map((w) => w.id));
  const taken = new Set([...takenCards.flatMap((c) => (c ? [c.id] : [])), ...takenRows.map((r) => r.id)]);
  const fromSync: ClippingRecord[] = [];
  const toSend: ClippingRecord[] = [];
  const gone: ClippingCard[] = [];
  const rowsToPut: SyncDocRow[] = [];
  const rowsToDrop: string[] = [];
  const trashed: { record: ClippingRecord; reason: TrashReason }[] = [];
  docs.forEach((doc, i) => {
    const row = rows[i];
    const record = incoming[i];
    const card = cards[i];
    const localId = localIds[i];
    if (row?.rev === doc._rev) return;
    if (!doc._deleted && !record) return; // Not a clipping we can read: left on the server, untouched here.
    // A change of the user's still waits: the push merges it with this revision.
    if (localId && pending.has(localId)) return;
    const line = lines[i];
    const current = card && line ? decodeLine(line.line) : null;
    if (!record) {
      if (card) gone.push(card);
      if (current) trashed.push({ record: current, reason: 'deleted-elsewhere' });
      rowsToDrop.push(doc._id);
      return;
    }
    if (card && !row) {
      // Clipped here too, and never synced: both copies' words go back out.
      toSend.push(current ? mergeCopies([{ record: current, rev: '0-local' }, { record, rev: doc._rev }], card.id).record : { ...record, id: card.id });
      rowsToPut.push({ docId: doc._id, id: card.id, rev: doc._rev });
      return;
    }
    let id = localId;
    if (!id) {
      id = taken.has(record.id) ? newId() : record.id;
      taken.add(id);
    }
    // The analysis is derived: for the same text, this collection's own matcher's stands.
    const analysis = current && current.text === record.text ? current.analysis : record.analysis;
    fromSync.push({ ...record, id, analysis });
    if (current && current.note.trim() !== '' && record.note.trim() === '') trashed.push({ record: current, reason: 'note-emptied' });
    // Deleted here, edited elsewhere: the edit comes back, and says so.
    const conflict = row?.deleted ? 'deleted' : keptFlag(doc);
    rowsToPut.push({ docId: doc._id, id, rev: doc._rev, ...(conflict ? { conflict } : {}) });
  });
  await Promise.all([
    putRecords(db, fromSync, 'sync'),
    putRecords(db, toSend, 'user'),
    ...gone.map((card) => deleteRows(db, card, 'sync')),
    db.syncDocs.bulkDelete(rowsToDrop),
    putInTrash(db, trashed, now),
  ]);
  await db.syncDocs.bulkPut(rowsToPut);
  return fromSync.length + toSend.length + gone.length;
}

/** Brings the replicated database's changes into the collection. Returns how many clippings changed here. */
export async function pullIntoCollection(db: AnnotatorDb, local: LocalDb, now: () => number = Date.now): Promise<number> {
  let changed = 0;
  for (;;) {
    const state = await readState(db);
    const feed = await local.changes({ since: state.since, limit: BRIDGE_BATCH, include_docs: true, conflicts: true });
    if (feed.results.length === 0) return changed;
    const docs: Doc[] = [];
    for (const result of feed.results) {
      const doc = result.doc as Doc | undefined;
      if (!doc || doc._id.startsWith('_')) continue;
      // Settled into a new revision, which comes through this feed again.
      if (doc._conflicts?.length) await settleConflicts(local, doc);
      else docs.push(doc);
    }
    changed += await writing(() =>
      db.transaction('rw', syncTables(db), async () => {
        const n = await applyDocs(db, docs, now());
        const next: SyncStateRow = { ...state, since: feed.last_seq };
        await db.sync.put(next as SyncRow);
        return n;
      }),
    );
  }
}

interface Planned {
  change: OutboxRow;
  docId: string;
  doc?: ClippingDoc;
  /** What the collection should hold once the revision is written (a merge, a restore), else nothing to write here. */
  writeBack?: ClippingRecord;
  /** The sync row once done, without its rev (known after the write). */
  row?: Omit<SyncDocRow, 'rev'>;
  /** Nothing to write to the replicated database, only this row to keep (or null to drop it). */
  keepRow?: SyncDocRow | null;
}

interface Winner {
  rev: string;
  deleted: boolean;
  doc: Doc | null;
}

async function winnersOf(local: LocalDb, docIds: string[]): Promise<Map<string, Winner>> {
  const all = await local.allDocs({ keys: docIds, include_docs: true });
  const winners = new Map<string, Winner>();
  for (const row of all.rows) {
    if (row.value) winners.set(row.key, { rev: row.value.rev, deleted: Boolean(row.value.deleted), doc: (row.doc as Doc | null | undefined) ?? null });
  }
  return winners;
}

function plan(change: OutboxRow, docId: string, current: ClippingRecord | undefined, row: SyncDocRow | undefined, winner: Winner | undefined): Planned {
  const base = row?.rev;
  if (change.deleted) {
    // Never synced, or already deleted there: nothing to send.
    if (!row || row.deleted || !winner || winner.deleted) return { change, docId, keepRow: winner && row ? { ...row, rev: winner.rev, deleted: true } : null };
    if (winner.rev === base) return { change, docId, doc: { _id: docId, _rev: base, _deleted: true } as ClippingDoc, row: { docId, id: change.id, deleted: true } };
    // Edited elsewhere since this collection's copy: the edit wins over the delete, and says so.
    const edited = fromDoc(winner.doc);
    if (!edited) return { change, docId, keepRow: null };
    return { change, docId, writeBack: { ...edited, id: change.id }, keepRow: { docId, id: change.id, rev: winner.rev, conflict: 'deleted' } };
  }
  if (!current) return { change, docId, keepRow: row ?? null };
  if (!winner) return { change, docId, doc: toDoc(docId, current), row: { docId, id: current.id } };
  if (winner.rev === base || winner.deleted) {
    // On top of our copy, or bringing back a deleted document: deleted elsewhere
    // after this collection had it, and edited here meanwhile, is kept and said so.
    const revived = winner.deleted && winner.rev !== base && row !== undefined && !row.deleted;
    const kept = revived ? 'deleted' : undefined;
    return { change, docId, doc: { ...toDoc(docId, current, kept), _rev: winner.rev }, row: { docId, id: current.id, ...(kept ? { conflict: kept } : {}) } };
  }
  // The document moved on since our copy: both copies' words, merged.
  const theirs = fromDoc(winner.doc);
  if (!theirs) return { change, docId, doc: { ...toDoc(docId, current), _rev: winner.rev }, row: { docId, id: current.id } };
  const merged = mergeCopies([{ record: current, rev: `${Number.parseInt(winner.rev, 10) + 1}-local` }, { record: theirs, rev: winner.rev }], current.id);
  const kept = merged.wordsSideBySide ? 'words' : undefined;
  return {
    change,
    docId,
    doc: { ...toDoc(docId, merged.record, kept), _rev: winner.rev },
    writeBack: merged.record,
    row: { docId, id: current.id, ...(kept ? { conflict: kept } : {}) },
  };
}

/** Hands the outbox's changes to the replicated database: how many were handed over, and how many clippings a merge changed here. */
export async function pushFromOutbox(db: AnnotatorDb, local: LocalDb): Promise<{ sent: number; changedHere: number }> {
  let sent = 0;
  let changedHere = 0;
  let after = 0;
  for (;;) {
    const changes = await db.outbox.where('seq').above(after).limit(BRIDGE_BATCH).toArray();
    if (changes.length === 0) return { sent, changedHere };
    after = changes.at(-1)!.seq!;
    const docIds = await Promise.all(changes.map((c) => docIdOf(c.canonicalUrl)));
    const [lines, rows, winners] = await Promise.all([db.records.bulkGet(changes.map((c) => c.id)), db.syncDocs.bulkGet(docIds), winnersOf(local, docIds)]);
    const plans = changes.map((change, i) => {
      const line = lines[i];
      return plan(change, docIds[i]!, line ? decodeLine(line.line) : undefined, rows[i], winners.get(docIds[i]!));
    });
    const toWrite = plans.filter((p) => p.doc);
    const results = toWrite.length ? await local.bulkDocs(toWrite.map((p) => p.doc!)) : [];
    const revs = new Map<Planned, string>();
    toWrite.forEach((p, i) => {
      const result = results[i];
      if (result?.ok && result.rev) revs.set(p, result.rev);
    });
    sent += await writing(() =>
      db.transaction('rw', syncTables(db), async () => {
        // Not written (a conflict of the moment): the change stays in the outbox for the next run.
        const done = plans.filter((p) => !p.doc || revs.has(p));
        const still = new Set((await db.outbox.bulkGet(done.map((p) => p.change.seq!))).flatMap((row) => (row ? [row.seq!] : [])));
        await db.syncDocs.bulkDelete(done.filter((p) => p.keepRow === null).map((p) => p.docId));
        await db.syncDocs.bulkPut(done.flatMap((p) => (p.keepRow ? [p.keepRow] : !p.keepRow && p.row ? [{ ...p.row, rev: revs.get(p)! }] : [])));
        await db.outbox.bulkDelete([...still]);
        // A merge or a restore comes into the collection only if no newer change of the
        // user's came meanwhile (that change is merged in turn at the next push).
        const back = done.filter((p) => p.writeBack && still.has(p.change.seq!));
        const newer = new Set((await db.outbox.where('id').anyOf(back.map((p) => p.change.id)).toArray()).map((row) => row.id));
        const writeBacks = back.filter((p) => !newer.has(p.change.id)).map((p) => p.writeBack!);
        await putRecords(db, writeBacks, 'sync');
        changedHere += writeBacks.length;
        return done.length;
      }),
    );
  }
}

/** Queues every clipping of the collection: the first sync with a server sends it all. */
export async function enqueueAll(db: AnnotatorDb): Promise<number> {
  const cards = await db.clippings.toArray();
  await writing(() =>
    db.transaction('rw', db.outbox, async () => {
      await db.outbox.clear();
      // Only the keys: a card is small, and 10 000 rows are one request.
      await enqueue(
        db,
        cards.map((c) => ({ id: c.id, canonicalUrl: c.canonicalUrl, deleted: false })),
      );
    }),
  );
  return cards.length;
}
