/**
 * The clippings sync kept something in for the user to settle (lib/store/sync-rows.ts
 * `conflict`): both people's notes side by side, or an edit kept against a delete.
 * Read from the collection's own database, which the library opens too.
 */
import type { AnnotatorDb } from '@/lib/store/db';

export interface ToSettle {
  id: string;
  title: string;
  kind: 'words' | 'deleted';
}

const byTitle = new Intl.Collator('vi');

export async function clippingsToSettle(db: AnnotatorDb): Promise<ToSettle[]> {
  const rows = await db.syncDocs.where('conflict').anyOf(['words', 'deleted']).toArray();
  const cards = await db.clippings.bulkGet(rows.map((row) => row.id));
  return rows
    .flatMap((row, i) => {
      const card = cards[i];
      return card && row.conflict ? [{ id: row.id, title: card.title, kind: row.conflict }] : [];
    })
    .sort((a, b) => byTitle.compare(a.title, b.title));
}
