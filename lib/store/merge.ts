/**
 * Merging clippings from outside (an import file, an undo) into the
 * collection, by canonical URL. The rule, documented in the README:
 * a new canonical URL is added with its own id and times; a known one is
 * replaced by the incoming copy only when that copy is newer (updatedAt),
 * keeping the collection's id; otherwise it is skipped. Everything happens in
 * one transaction: a full disk part-way leaves the collection as it was.
 */
import { canonicalUrlKey } from './canonical-url';
import { newId, putRecords } from './clippings';
import type { AnnotatorDb } from './db';
import { tidyTags } from './derive';
import { writing } from './errors';
import type { ClippingCard, ClippingRecord } from './types';

export type MergeOutcome = 'added' | 'updated' | 'skipped';

export interface MergeResult {
  outcome: MergeOutcome;
  id: string;
  canonicalUrl: string;
}

/** Decides what one incoming record does, against what the collection holds for its URL. */
export function mergeDecision(existing: Pick<ClippingCard, 'id' | 'updatedAt'> | undefined, incoming: ClippingRecord): MergeOutcome {
  if (!existing) return 'added';
  return incoming.updatedAt > existing.updatedAt ? 'updated' : 'skipped';
}

export function mergeRecords(db: AnnotatorDb, incoming: readonly ClippingRecord[]): Promise<MergeResult[]> {
  return writing(() =>
    db.transaction('rw', [db.clippings, db.records, db.searchTexts], async () => {
      const tidy = incoming.map((r) => ({ ...r, canonicalUrl: canonicalUrlKey(r.canonicalUrl), tags: tidyTags(r.tags) }));
      const known = await db.clippings.where('canonicalUrl').anyOf(tidy.map((r) => r.canonicalUrl)).toArray();
      const byUrl = new Map<string, Pick<ClippingCard, 'id' | 'updatedAt'>>(known.map((c) => [c.canonicalUrl, c]));
      const takenIds = new Set((await db.clippings.bulkGet(tidy.map((r) => r.id))).flatMap((c) => (c ? [c.id] : [])));
      const results: MergeResult[] = [];
      const writes: ClippingRecord[] = [];
      for (const record of tidy) {
        const existing = byUrl.get(record.canonicalUrl);
        const outcome = mergeDecision(existing, record);
        let id = existing?.id ?? record.id;
        // An id already used by another article (a hand-edited file) must not overwrite it.
        if (outcome === 'added' && takenIds.has(id)) id = newId();
        if (outcome !== 'skipped') {
          writes.push({ ...record, id });
          byUrl.set(record.canonicalUrl, { id, updatedAt: record.updatedAt });
          takenIds.add(id);
        }
        results.push({ outcome, id, canonicalUrl: record.canonicalUrl });
      }
      // A URL twice in one file: the later, newer copy is the one written.
      const last = new Map(writes.map((r) => [r.id, r]));
      await putRecords(db, [...last.values()]);
      return results;
    }),
  );
}
