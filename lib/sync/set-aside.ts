/**
 * The documents from the server that were not applied here, kept aside with
 * their reason so the sync line can say so and the library can list them
 * (components/sync). A short list in the engine's own table: a newer revision
 * of a document that applies takes it off, and a member who floods the server
 * with bad documents fills only the last SET_ASIDE_KEPT places. Call inside a
 * transaction that has db.sync in its scope.
 */
import type { AnnotatorDb } from '../store/db';
import type { SyncRow } from '../store/sync-rows';
import type { SetAsideDoc } from './types';

/** The newest documents kept in the list; the count shown is of these. */
export const SET_ASIDE_KEPT = 50;

export async function readSetAside(db: AnnotatorDb): Promise<SetAsideDoc[]> {
  const row = await db.sync.get('set-aside');
  return row?.key === 'set-aside' ? row.docs : [];
}

/** Adds documents set aside and takes off those now applied (or deleted), by document id. */
export async function noteSetAside(db: AnnotatorDb, added: readonly SetAsideDoc[], applied: readonly string[]): Promise<void> {
  if (added.length === 0 && applied.length === 0) return;
  const before = await readSetAside(db);
  const gone = new Set([...applied, ...added.map((d) => d.docId)]);
  const docs = [...before.filter((d) => !gone.has(d.docId)), ...added].slice(-SET_ASIDE_KEPT);
  if (docs.length === before.length && docs.every((d, i) => d === before[i])) return;
  await db.sync.put({ key: 'set-aside', docs } as SyncRow);
}

export const clearSetAside = (db: AnnotatorDb) => db.sync.delete('set-aside');
