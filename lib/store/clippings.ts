/**
 * The clippings repository: every read and write of a clipping goes through
 * here, so the three rows of a clipping (card, body, search text) never drift.
 */
import { canonicalUrlKey } from './canonical-url';
import type { AnnotatorDb } from './db';
import { tidyTags, toRecord, toRows } from './derive';
import { StoreError, writing } from './errors';
import type { ClippingInput, ClippingRecord } from './types';

export const newId = (): string => crypto.randomUUID();

const tables = (db: AnnotatorDb) => [db.clippings, db.bodies, db.searchTexts];

/** Writes whole clippings, each as its three rows; call inside a transaction over the three tables. */
export async function putRecords(db: AnnotatorDb, records: readonly ClippingRecord[]): Promise<void> {
  const rows = records.map(toRows);
  // One bulk write per table: 10 000 imported clippings are three requests, not 30 000.
  await Promise.all([
    db.clippings.bulkPut(rows.map((r) => r.card)),
    db.bodies.bulkPut(rows.map((r) => r.body)),
    db.searchTexts.bulkPut(rows.map((r) => r.search)),
  ]);
}

async function deleteRows(db: AnnotatorDb, id: string): Promise<void> {
  await Promise.all([db.clippings.delete(id), db.bodies.delete(id), db.searchTexts.delete(id)]);
}

/**
 * Clips an article. Clipping the same canonical URL again refreshes the
 * article and its analysis and keeps the id, the note and the tags.
 */
export function saveClipping(db: AnnotatorDb, input: ClippingInput, now = Date.now()): Promise<{ id: string; created: boolean }> {
  const canonicalUrl = canonicalUrlKey(input.canonicalUrl);
  return writing(() =>
    db.transaction('rw', tables(db), async () => {
      const existing = await db.clippings.where('canonicalUrl').equals(canonicalUrl).first();
      const id = existing?.id ?? newId();
      await putRecords(db, [
        {
          ...input,
          canonicalUrl,
          id,
          clippedAt: now,
          updatedAt: now,
          note: existing?.note ?? '',
          tags: existing?.tags ?? [],
        },
      ]);
      return { id, created: !existing };
    }),
  );
}

export async function getRecord(db: AnnotatorDb, id: string): Promise<ClippingRecord | undefined> {
  const [card, body] = await db.transaction('r', db.clippings, db.bodies, () =>
    Promise.all([db.clippings.get(id), db.bodies.get(id)]),
  );
  return card && body ? toRecord(card, body) : undefined;
}

/** Whole clippings, newest first: all of them, or those with the given ids. */
export function readRecords(db: AnnotatorDb, ids?: readonly string[]): Promise<ClippingRecord[]> {
  return db.transaction('r', db.clippings, db.bodies, async () => {
    // Whole tables are read with getAll, in two requests; a chosen few by key.
    const [cards, bodies] = ids
      ? await Promise.all([db.clippings.bulkGet([...ids]), db.bodies.bulkGet([...ids])])
      : await Promise.all([db.clippings.toArray(), db.bodies.toArray()]);
    const bodyOf = new Map(bodies.flatMap((b) => (b ? [[b.id, b] as const] : [])));
    return cards
      .flatMap((card) => {
        const body = card && bodyOf.get(card.id);
        return card && body ? [toRecord(card, body)] : [];
      })
      .sort((a, b) => b.clippedAt - a.clippedAt);
  });
}

/** Is this page (by its canonical or its own address) in the collection? */
export async function clipStatus(db: AnnotatorDb, url: string): Promise<{ clipped: boolean; id?: string }> {
  let key = url;
  try {
    key = canonicalUrlKey(url);
  } catch {
    // Not a URL: nothing can match it.
  }
  const card = await db.clippings.where('canonicalUrl').equals(key).or('url').equals(url).first();
  return card ? { clipped: true, id: card.id } : { clipped: false };
}

/** How many clippings cite each directive id, straight from the multi-entry index. */
export async function directiveCounts(db: AnnotatorDb, ids: readonly string[]): Promise<Record<string, number>> {
  const unique = [...new Set(ids)];
  const counts = await db.transaction('r', db.clippings, () =>
    Promise.all(unique.map((id) => db.clippings.where('directives').equals(id.normalize('NFC')).count())),
  );
  return Object.fromEntries(unique.map((id, i) => [id, counts[i]!]));
}

export interface UserFields {
  note: string;
  tags: string[];
}

/** Edits the note and tags; the search text follows, so the note is searchable at once. */
export function updateClipping(db: AnnotatorDb, id: string, fields: UserFields, now = Date.now()): Promise<ClippingRecord> {
  return writing(() =>
    db.transaction('rw', tables(db), async () => {
      const current = await getRecord(db, id);
      if (!current) throw new StoreError('not-found', 'This clipping no longer exists.');
      const next = { ...current, note: fields.note, tags: tidyTags(fields.tags), updatedAt: now };
      await putRecords(db, [next]);
      return next;
    }),
  );
}

/** Deletes a clipping and hands it back whole, so the user can undo. */
export function deleteClipping(db: AnnotatorDb, id: string): Promise<ClippingRecord> {
  return writing(() =>
    db.transaction('rw', tables(db), async () => {
      const current = await getRecord(db, id);
      if (!current) throw new StoreError('not-found', 'This clipping no longer exists.');
      await deleteRows(db, id);
      return current;
    }),
  );
}
