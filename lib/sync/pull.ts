/**
 * Server to collection: the replicated database's changes since the last
 * checkpoint come into the collection, the checkpoint advancing in the same
 * transaction as the rows it covers. One document cannot stop this: each is
 * checked first (incoming.ts), a batch is de-duplicated before it is written,
 * and a batch that still fails is applied document by document, so a bad
 * document is set aside with its reason (set-aside.ts) while the others, the
 * checkpoint and the outbox go on. A clipping held here that a bad revision
 * would have overwritten is queued again, so this member's copy goes back on
 * top of it. A clipping with a change still in the outbox is left as it is:
 * the push merges it with what arrived. Conflicting revisions that replication
 * brought are settled into one, this collection's own words first. A delete,
 * or a note another member emptied, puts this collection's copy in the local
 * trash first (store/trash.ts), so it can be brought back. The watch list's
 * documents go to the watch table (watch-sync.ts), before the batch's clippings.
 */
import { deleteRows, newId, putRecords } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import { isQuotaError, writing } from '../store/errors';
import { putInTrash, type TrashReason } from '../store/trash';
import { enqueue } from '../store/outbox';
import { decodeLine } from '../clipping/record-line';
import type { SyncDocRow, SyncRow, SyncStateRow } from '../store/sync-rows';
import type { ClippingCard, ClippingRecord } from '../clipping/types';
import { BRIDGE_BATCH, type Doc, type LocalDb, readState, syncTables } from './bridge';
import { type ClippingDoc, toDoc } from './doc';
import { isConstraintError } from './failure';
import { checkIncoming, setAsideOf } from './incoming';
import { mergeCopies } from './merge-leaves';
import { noteSetAside } from './set-aside';
import { unknownFields, withUnknownFields } from './unknown-fields';
import { isWatchDocId } from './watch-doc';
import { pullWatch, settleWatchConflicts } from './watch-sync';
import type { SetAsideDoc, SetAsideReason } from './types';

/** A document of the feed, checked: its clipping (null for a delete), or why it is not applied. */
interface Entry {
  doc: Doc;
  record: ClippingRecord | null;
  kept?: ClippingDoc['kept'];
  refused?: SetAsideReason;
}

interface Applied {
  changed: number;
  setAside: SetAsideDoc[];
  /** Documents now as the collection holds them: off the list of those set aside. */
  settled: string[];
}

/**
 * Checks each document and de-duplicates the batch: a document twice counts
 * once (its last revision), and a second document for an article already in
 * the batch clashes with the first and is set aside before anything is written.
 */
async function screen(docs: readonly Doc[], now: number): Promise<Entry[]> {
  const last = [...new Map(docs.map((d) => [d._id, d])).values()];
  const checked = await Promise.all(
    last.map(async (doc): Promise<Entry | null> => {
      if (doc._deleted) return { doc, record: null };
      const verdict = await checkIncoming(doc, now);
      if (verdict.ok) return { doc, record: verdict.record, kept: verdict.kept };
      return verdict.reason ? { doc, record: null, refused: verdict.reason } : null;
    }),
  );
  const urls = new Set<string>();
  return checked.flatMap((entry) => {
    if (!entry) return [];
    if (!entry.record) return [entry];
    if (urls.has(entry.record.canonicalUrl)) return [{ ...entry, refused: 'constraint' as const }];
    urls.add(entry.record.canonicalUrl);
    return [entry];
  });
}

/**
 * Applies checked documents to the collection, inside the caller's transaction:
 * everything it needs read in a few bulk requests, then written in a few (10 000
 * documents one by one took a minute in Chromium).
 */
async function applyDocs(db: AnnotatorDb, entries: readonly Entry[], now: number): Promise<Applied> {
  const docs = entries.map((e) => e.doc);
  const rows = await db.syncDocs.bulkGet(docs.map((d) => d._id));
  const incoming = entries.map((e) => (e.refused ? null : e.record));
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
  const [waiting, lines, takenCards, takenRows, boundRows] = await Promise.all([
    db.outbox.where('id').anyOf(known).toArray(),
    db.records.bulkGet(cards.map((c) => c?.id ?? '')),
    db.clippings.bulkGet(incoming.map((r) => r?.id ?? '')),
    db.syncDocs.where('id').anyOf(incoming.flatMap((r) => (r ? [r.id] : []))).toArray(),
    db.syncDocs.where('id').anyOf(known).toArray(),
  ]);
  const pending = new Set(waiting.map((w) => w.id));
  const taken = new Set([...takenCards.flatMap((c) => (c ? [c.id] : [])), ...takenRows.map((r) => r.id)]);
  const docOfId = new Map(boundRows.map((r) => [r.id, r.docId]));
  const fromSync: ClippingRecord[] = [];
  const toSend: ClippingRecord[] = [];
  const gone: ClippingCard[] = [];
  const rowsToPut: SyncDocRow[] = [];
  const rowsToDrop: string[] = [];
  const setAside: SetAsideDoc[] = [];
  const settled: string[] = [];
  const heal: ClippingCard[] = [];
  const trashed: { record: ClippingRecord; reason: TrashReason }[] = [];
  entries.forEach(({ doc, refused, kept }, i) => {
    const row = rows[i];
    const record = incoming[i];
    const card = cards[i];
    const localId = localIds[i];
    if (row?.rev === doc._rev) return void settled.push(doc._id);
    // A clipping held here and tied to another document (after a change of the live URL rule): a clash.
    const clash = card && docOfId.has(card.id) && docOfId.get(card.id) !== doc._id;
    // A revision that would move a clipping held here to another article.
    const moved = Boolean(record && card && row && card.canonicalUrl !== record.canonicalUrl);
    const reason = refused ?? (clash ? 'constraint' : moved ? 'url-changed' : undefined);
    if (reason) {
      setAside.push(setAsideOf(doc, reason, now));
      // This member's copy goes back on top of the bad revision, at the push that follows.
      if (row && !row.deleted && card && !pending.has(card.id)) heal.push(card);
      return;
    }
    settled.push(doc._id);
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
    const conflict = row?.deleted ? 'deleted' : kept;
    rowsToPut.push({ docId: doc._id, id, rev: doc._rev, ...(conflict ? { conflict } : {}) });
  });
  await Promise.all([
    putRecords(db, fromSync, 'sync'),
    putRecords(db, toSend, 'user'),
    ...gone.map((card) => deleteRows(db, card, 'sync')),
    db.syncDocs.bulkDelete(rowsToDrop),
    putInTrash(db, trashed, now),
    enqueue(
      db,
      heal.map((card) => ({ id: card.id, canonicalUrl: card.canonicalUrl, deleted: false })),
    ),
  ]);
  await db.syncDocs.bulkPut(rowsToPut);
  await noteSetAside(db, setAside, settled);
  return { changed: fromSync.length + toSend.length + gone.length, setAside, settled };
}

/** A write of the pull: one transaction over the collection and the engine's tables. */
const inPull = <T>(db: AnnotatorDb, work: () => Promise<T>) => db.transaction('rw', syncTables(db), work);

/**
 * Applies one batch and moves the checkpoint past it. The batch is written in
 * one transaction; if that fails for anything but a full disk, each document
 * goes in its own, and those that still fail are set aside.
 */
async function applyBatch(db: AnnotatorDb, entries: readonly Entry[], next: SyncStateRow, now: number): Promise<number> {
  const checkpoint = () => db.sync.put(next as SyncRow);
  try {
    return await inPull(db, async () => {
      const applied = await applyDocs(db, entries, now);
      await checkpoint();
      return applied.changed;
    });
  } catch (error) {
    if (isQuotaError(error)) throw error;
  }
  let changed = 0;
  const failed: SetAsideDoc[] = [];
  for (const entry of entries) {
    try {
      changed += (await inPull(db, () => applyDocs(db, [entry], now))).changed;
    } catch (error) {
      if (isQuotaError(error)) throw error;
      failed.push(setAsideOf(entry.doc, isConstraintError(error) ? 'constraint' : 'failed', now));
    }
  }
  await inPull(db, async () => {
    await noteSetAside(db, failed, []);
    await checkpoint();
  });
  return changed;
}

/**
 * Conflicting revisions settled per document per pass: a member who writes
 * 1 000 leaves on one document must not make every member's push one request
 * of 1 000 revisions, which a server may take longer than the idle deadline to
 * write (pouchdb-server did), so that nothing leaves at all. The rest are
 * settled as the document changes again; the winner is already the settled copy.
 */
export const SETTLE_LEAVES = 100;

/**
 * Settles a document's conflicting revisions (up to SETTLE_LEAVES of them) into
 * one revision on the winner: every copy that checks out kept, this collection's
 * copy first, so no number of other leaves can push its words out of the merged
 * note. Copies that do not check out are dropped with the other losers.
 */
async function settleConflicts(db: AnnotatorDb, local: LocalDb, doc: Doc, now: number): Promise<void> {
  const leaves = (doc._conflicts ?? []).slice(0, SETTLE_LEAVES);
  const others = (await Promise.all(leaves.map((rev) => local.get(doc._id, { rev }).catch(() => null)))) as (Doc | null)[];
  const checked = await Promise.all([doc, ...others].map(async (d) => (d ? { d, verdict: await checkIncoming(d, now) } : null)));
  const copies = checked.flatMap((c) => (c?.verdict.ok ? [{ record: c.verdict.record, rev: c.d._rev }] : []));
  const losers = leaves.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  if (copies.length === 0) {
    await local.bulkDocs(losers);
    return;
  }
  const row = await db.syncDocs.get(doc._id);
  const line = row && !row.deleted ? await db.records.get(row.id) : undefined;
  const mine = line ? decodeLine(line.line) : null;
  const merged = mergeCopies(copies, mine?.id ?? copies[0]!.record.id, mine ?? undefined);
  const winner = checked[0]?.verdict;
  const kept = merged.wordsSideBySide ? 'words' : winner?.ok ? winner.kept : undefined;
  // The winner's fields this version does not know stay in the settled revision.
  const unknown = winner?.ok ? unknownFields(doc) : undefined;
  await local.bulkDocs([{ ...withUnknownFields(toDoc(doc._id, merged.record, kept), unknown), _rev: doc._rev }, ...losers]);
}

/** Brings the replicated database's changes into the collection. Returns how many clippings changed here. */
export async function pullIntoCollection(db: AnnotatorDb, local: LocalDb, now: () => number = Date.now): Promise<number> {
  let changed = 0;
  for (;;) {
    const state = await readState(db);
    const feed = await local.changes({ since: state.since, limit: BRIDGE_BATCH, include_docs: true, conflicts: true });
    if (feed.results.length === 0) return changed;
    const docs: Doc[] = [];
    const watched: Doc[] = [];
    for (const result of feed.results) {
      const doc = result.doc as Doc | undefined;
      // Design documents and other replication bookkeeping are not clippings: never applied.
      if (!doc || doc._id.startsWith('_')) continue;
      const watch = isWatchDocId(doc._id);
      // Settled into a new revision, which comes through this feed again.
      if (doc._conflicts?.length) await (watch ? settleWatchConflicts(local, doc, now(), SETTLE_LEAVES) : settleConflicts(db, local, doc, now()));
      else (watch ? watched : docs).push(doc);
    }
    changed += await pullWatch(db, watched, now());
    const entries = await screen(docs, now());
    changed += await writing(() => applyBatch(db, entries, { ...state, since: feed.last_seq }, now()));
  }
}
