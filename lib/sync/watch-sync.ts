/**
 * The watch list through sync: the replicated database's watch documents
 * (watch-doc.ts) into the collection's watch table, and the table out to
 * them. The table is its own record of state, so no outbox is needed: each
 * push compares every row (a few hundred at most, tombstones included) with
 * its document and writes those where this collection's state stands over
 * the document's (watch-merge.ts), on top of the document's revision and
 * keeping the fields this version does not know. A document that does not
 * check out is set aside and this collection's row goes on top of it at the
 * next push; one that was deleted in the database (not a way this version
 * unstars) is written again from the row. Conflicting revisions are settled
 * into the one that stands, the same on every machine. Every star is valid on
 * its own, so a hostile member could flood everyone's list: subjects new here
 * beyond WATCH_LIST_ROOM are set aside ('too-many'), those held are always merged.
 */
import type { AnnotatorDb } from '../store/db';
import { writing } from '../store/errors';
import { mergeWatch } from '../store/watch';
import type { WatchRow } from '../clipping/watch-key';
import { compareWatch, standsOver } from '../clipping/watch-merge';
import type { LocalDb } from './bridge';
import { setAsideOf } from './incoming';
import type { Database, DocMeta } from './pouch-types';
import { noteSetAside } from './set-aside';
import { checkWatchDoc, toWatchDoc, type WatchDoc, watchDocId, unknownWatchFields, withUnknownWatchFields } from './watch-doc';
import type { SetAsideDoc } from './types';

type Raw = DocMeta & { _rev: string };

/** Subjects (stars and tombstones) a collection holds at most through sync: far above an analyst's list. */
export const WATCH_LIST_ROOM = 1000;
type WatchDb = Database<Omit<WatchDoc, '_id' | '_rev'>>;

const asWatchDb = (local: LocalDb) => local as unknown as WatchDb;

/** Applies live watch documents of the feed (their conflicts settled first). Returns the rows changed here. */
export async function pullWatch(db: AnnotatorDb, docs: readonly Raw[], now: number): Promise<number> {
  const rows: WatchRow[] = [];
  const setAside: SetAsideDoc[] = [];
  const settled: string[] = [];
  const checked: { doc: Raw; row: WatchRow }[] = [];
  for (const doc of docs) {
    if (doc._deleted) continue;
    const verdict = await checkWatchDoc(doc, now);
    if (verdict.ok) checked.push({ doc, row: verdict.row });
    else setAside.push(setAsideOf(doc, verdict.reason, now));
  }
  const held = new Set((await db.watch.bulkGet(checked.map(({ row }) => row.key))).flatMap((row) => (row ? [row.key] : [])));
  let room = WATCH_LIST_ROOM - (await db.watch.count());
  for (const { doc, row } of checked) {
    if (!held.has(row.key)) {
      if (room <= 0) {
        setAside.push(setAsideOf(doc, 'too-many', now));
        continue;
      }
      room--;
      held.add(row.key);
    }
    rows.push(row);
    settled.push(doc._id);
  }
  const written = await mergeWatch(db, rows, now);
  if (setAside.length || settled.length) await writing(() => db.transaction('rw', db.sync, () => noteSetAside(db, setAside, settled)));
  return written.length;
}

/** Settles a watch document's conflicting revisions (at most `limit`) into the state that stands, written on the winner. */
export async function settleWatchConflicts(local: LocalDb, doc: Raw, now: number, limit: number): Promise<void> {
  const leaves = (doc._conflicts ?? []).slice(0, limit);
  const others = (await Promise.all(leaves.map((rev) => asWatchDb(local).get(doc._id, { rev }).catch(() => null)))) as (Raw | null)[];
  const rows = (await Promise.all([doc, ...others].map(async (d) => (d ? await checkWatchDoc(d, now) : null)))).flatMap((v) => (v?.ok ? [v.row] : []));
  const losers = leaves.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  const stands = rows.reduce<WatchRow | null>((best, row) => (!best || compareWatch(row, best) > 0 ? row : best), null);
  const settledDoc = stands ? [{ ...withUnknownWatchFields(toWatchDoc(doc._id, stands), unknownWatchFields(doc)), _rev: doc._rev }] : [];
  await asWatchDb(local).bulkDocs([...settledDoc, ...losers]);
}

/** Writes the rows whose state stands over their documents' (or that have none). Returns how many were written. */
export async function pushWatch(db: AnnotatorDb, local: LocalDb, now: number): Promise<number> {
  const rows = await db.watch.toArray();
  if (rows.length === 0) return 0;
  const ids = await Promise.all(rows.map((row) => watchDocId(row.key)));
  const held = await asWatchDb(local).allDocs({ keys: ids, include_docs: true });
  const writes: (WatchDoc & { _rev?: string })[] = [];
  for (const [i, row] of rows.entries()) {
    const found = held.rows[i];
    const rev = found?.value?.rev;
    const doc = found?.doc && !found.value?.deleted ? (found.doc as unknown as Raw) : null;
    const verdict = doc ? await checkWatchDoc(doc, now) : null;
    if (verdict?.ok && !standsOver(row, verdict.row)) continue;
    const next = withUnknownWatchFields(toWatchDoc(ids[i]!, row), verdict?.ok ? unknownWatchFields(doc) : undefined);
    writes.push(rev ? { ...next, _rev: rev } : next);
  }
  if (writes.length === 0) return 0;
  // A write refused (a revision that arrived meanwhile) is tried again at the next run.
  const results = await asWatchDb(local).bulkDocs(writes);
  return results.filter((r) => r.ok).length;
}
