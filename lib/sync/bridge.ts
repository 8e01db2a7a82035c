/**
 * The bridge between the collection (Dexie, what the pages read) and the
 * replicated database (PouchDB, what CouchDB replication moves). Both ways
 * run in the background only, one after the other (engine.ts); this is the
 * push, and the pull is pull.ts. The outbox's changes become document
 * revisions. A change made against the revision the collection last had is
 * written on top of it; if the document moved on meanwhile (another member's
 * change arrived), the two copies are merged first (merge-leaves.ts), so no
 * word is dropped. A revision that does not check out (incoming.ts) is not
 * merged from: this collection's copy is written on top of it.
 */
import { putRecords, trashTables } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import { writing } from '../store/errors';
import { enqueue, type OutboxRow } from '../store/outbox';
import { decodeLine } from '../clipping/record-line';
import type { SyncDocRow, SyncRow, SyncStateRow } from '../store/sync-rows';
import type { ClippingCard, ClippingRecord } from '../clipping/types';
import { type ClippingDoc, type ClippingDocBody, docIdOf, fromDoc, toDoc } from './doc';
import { checkIncoming } from './incoming';
import { mergeCopies } from './merge-leaves';
import type { Database } from './pouch-types';
import { unknownFields, type UnknownFields, withUnknownFields } from './unknown-fields';

export type LocalDb = Database<ClippingDocBody>;

/** Documents per step: bounded memory, and progress kept between steps. */
export const BRIDGE_BATCH = 200;

export const syncTables = (db: AnnotatorDb) => [...trashTables(db), db.syncDocs, db.sync];

export async function readState(db: AnnotatorDb): Promise<SyncStateRow> {
  const row = await db.sync.get('state');
  return row?.key === 'state' ? row : { key: 'state', since: 0, lastSyncedAt: null, problem: null };
}


export type Doc = ClippingDoc & { _rev: string; _conflicts?: string[] };

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
  /** The clipping the winning revision holds, when it checks out (incoming.ts). */
  record: ClippingRecord | null;
  /** Fields of the winning revision this version does not know: carried over when writing on top of it. */
  unknown?: UnknownFields;
}

async function winnersOf(local: LocalDb, docIds: string[], now: number): Promise<Map<string, Winner>> {
  const all = await local.allDocs({ keys: docIds, include_docs: true });
  const winners = new Map<string, Winner>();
  for (const row of all.rows) {
    if (!row.value) continue;
    const verdict = row.doc && !row.value.deleted ? await checkIncoming(row.doc as Doc, now) : null;
    winners.set(row.key, { rev: row.value.rev, deleted: Boolean(row.value.deleted), record: verdict?.ok ? verdict.record : null, unknown: verdict?.ok ? unknownFields(row.doc) : undefined });
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
    const edited = winner.record;
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
    return { change, docId, doc: { ...withUnknownFields(toDoc(docId, current, kept), winner.unknown), _rev: winner.rev }, row: { docId, id: current.id, ...(kept ? { conflict: kept } : {}) } };
  }
  // The document moved on since our copy: both copies' words, merged.
  const theirs = winner.record;
  if (!theirs) return { change, docId, doc: { ...toDoc(docId, current), _rev: winner.rev }, row: { docId, id: current.id } };
  const merged = mergeCopies([{ record: current, rev: `${Number.parseInt(winner.rev, 10) + 1}-local` }, { record: theirs, rev: winner.rev }], current.id);
  const kept = merged.wordsSideBySide ? 'words' : undefined;
  return {
    change,
    docId,
    doc: { ...withUnknownFields(toDoc(docId, merged.record, kept), winner.unknown), _rev: winner.rev },
    writeBack: merged.record,
    row: { docId, id: current.id, ...(kept ? { conflict: kept } : {}) },
  };
}

/** Hands the outbox's changes to the replicated database: how many were handed over, and how many clippings a merge changed here. */
export async function pushFromOutbox(db: AnnotatorDb, local: LocalDb, now: () => number = Date.now): Promise<{ sent: number; changedHere: number }> {
  let sent = 0;
  let changedHere = 0;
  let after = 0;
  for (;;) {
    const changes = await db.outbox.where('seq').above(after).limit(BRIDGE_BATCH).toArray();
    if (changes.length === 0) return { sent, changedHere };
    after = changes.at(-1)!.seq!;
    const docIds = await Promise.all(changes.map((c) => docIdOf(c.canonicalUrl)));
    const [lines, rows, winners] = await Promise.all([db.records.bulkGet(changes.map((c) => c.id)), db.syncDocs.bulkGet(docIds), winnersOf(local, docIds, now())]);
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
