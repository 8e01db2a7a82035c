/**
 * The outbox: one row per clipping changed by the user and not yet handed to
 * the sync engine (lib/sync). It is written in the same transaction as the
 * change itself, wherever the change happens (background, library page), so
 * a change can never be committed without its row, nor a row without its
 * change. The engine deletes a row only after the change is in its replicated
 * database, and only if no newer change replaced the row meanwhile.
 */
import type { AnnotatorDb } from './db';
import type { OutboxRow } from './rows';

export type { OutboxRow } from './rows';

/**
 * Records changes to hand to the sync engine, one row per clipping (an older
 * row of the same clipping is replaced). Call inside the transaction that
 * writes the change, with the outbox in its scope.
 */
export async function enqueue(db: AnnotatorDb, changes: readonly Omit<OutboxRow, 'seq'>[]): Promise<void> {
  if (changes.length === 0) return;
  // The last change of each clipping is the one that counts.
  const latest = [...new Map(changes.map((c) => [c.id, { id: c.id, canonicalUrl: c.canonicalUrl, deleted: c.deleted }])).values()];
  await db.outbox.where('id').anyOf(latest.map((c) => c.id)).delete();
  await db.outbox.bulkAdd(latest);
}

/** The changes waiting, oldest first. */
export const pendingChanges = (db: AnnotatorDb, limit = Infinity): Promise<OutboxRow[]> => db.outbox.orderBy('seq').limit(limit).toArray();

/** Removes the rows handed over, unless a newer change replaced them (it then has another seq). */
export const markSent = (db: AnnotatorDb, seqs: readonly number[]): Promise<void> => db.outbox.bulkDelete([...seqs]);
