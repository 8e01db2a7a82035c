/**
 * Bringing a copy of a clipping back (the trash's "restore", an undo): by the
 * import's rule, the user's words are never dropped. If the article is not in
 * the collection, the copy comes back whole; if it is (clipped again, or back
 * by sync meanwhile), the copy's note, tags and corrections are merged into
 * the clipping there, whose article stays. The result says which, and when
 * some words could not be brought (a note too long to sit beside the other)
 * or there was nothing to bring; the trash keeps its copy unless it came back whole.
 */
import { canonicalUrlKey } from '../clipping/canonical-url';
import { clampTimes } from '../clipping/clock';
import { decodeLine } from '../clipping/record-line';
import type { ClippingRecord } from '../clipping/types';
import { addWords, type FieldChange } from '../clipping/user-words';
import { getRecord, newId, putRecords, trashTables } from './clippings';
import type { AnnotatorDb } from './db';
import { StoreError, writing } from './errors';
import { trashCutoff } from './trash';

/**
 * 'restored': back as it was; 'merged': its words joined the clipping now
 * there; 'partial': some of its words could not (named in changes), so the
 * trash keeps it; 'nothing-new': the clipping there already holds all its words.
 */
export type RestoreOutcome = 'restored' | 'merged' | 'partial' | 'nothing-new';

export interface RestoreResult {
  outcome: RestoreOutcome;
  /** The clipping's id in the collection now. */
  id: string;
  title: string;
  changes: FieldChange[];
}

const leftOut = (changes: readonly FieldChange[]) => changes.some((c) => (c.field === 'note' && c.how === 'kept') || (c.field === 'tags' && c.left.length > 0));

/** Brings one copy back; call inside a transaction over trashTables. */
async function bringBack(db: AnnotatorDb, copy: ClippingRecord, now: number): Promise<RestoreResult> {
  const record = clampTimes({ ...copy, canonicalUrl: canonicalUrlKey(copy.canonicalUrl) }, now);
  const there = await db.clippings.where('canonicalUrl').equals(record.canonicalUrl).first();
  const current = there && (await getRecord(db, there.id));
  if (!current) {
    // Its id taken by another article meanwhile (an import): a new one.
    const id = (await db.clippings.get(record.id)) ? newId() : record.id;
    await putRecords(db, [{ ...record, id }]);
    return { outcome: 'restored', id, title: record.title, changes: [] };
  }
  const { record: merged, changes } = addWords(current, record);
  if (changes.length === 0) return { outcome: 'nothing-new', id: current.id, title: current.title, changes };
  await putRecords(db, [{ ...merged, updatedAt: Math.max(now, current.updatedAt) }]);
  return { outcome: leftOut(changes) ? 'partial' : 'merged', id: current.id, title: current.title, changes };
}

/** Undo of a delete: the copy the delete handed back, and its entry in the trash once it is back. */
export function restoreClipping(db: AnnotatorDb, copy: ClippingRecord, now = Date.now()): Promise<RestoreResult> {
  return writing(() =>
    db.transaction('rw', trashTables(db), async () => {
      const result = await bringBack(db, copy, now);
      if (result.outcome !== 'partial') await db.trash.where('id').equals(copy.id).filter((row) => row.reason === 'deleted').delete();
      return result;
    }),
  );
}

/** The trash's "restore": the entry goes once its words are all in the collection. */
export function restoreFromTrash(db: AnnotatorDb, key: number, now = Date.now()): Promise<RestoreResult> {
  return writing(() =>
    db.transaction('rw', trashTables(db), async () => {
      const row = await db.trash.get(key);
      if (!row || row.trashedAt < trashCutoff(now)) throw new StoreError('not-found', 'This copy is no longer in the trash.');
      const result = await bringBack(db, decodeLine(row.line), now);
      if (result.outcome !== 'partial') await db.trash.delete(key);
      return result;
    }),
  );
}
