/**
 * What sync kept for the user to settle: the clippings it kept something in
 * (lib/store/sync-rows.ts `conflict`: both people's notes side by side, or an
 * edit kept against a delete), then the documents from the server it did not
 * apply (lib/sync/set-aside.ts), newest first, with their reason. Read from the
 * collection's own database, which the library opens too.
 */
import type { AnnotatorDb } from '@/lib/store/db';
import { readSetAside } from '@/lib/sync/set-aside';
import type { SetAsideReason } from '@/lib/sync/types';

export type ToSettle =
  | { id: string; title: string; kind: 'words' | 'deleted' }
  /** Not in the collection: `id` is the document's, `title` what it claims (may be empty). */
  | { id: string; title: string; kind: 'aside'; reason: SetAsideReason };

const byTitle = new Intl.Collator('vi');

export async function clippingsToSettle(db: AnnotatorDb): Promise<ToSettle[]> {
  const [rows, aside] = await Promise.all([db.syncDocs.where('conflict').anyOf(['words', 'deleted']).toArray(), readSetAside(db)]);
  const cards = await db.clippings.bulkGet(rows.map((row) => row.id));
  const clippings = rows
    .flatMap((row, i) => {
      const card = cards[i];
      return card && row.conflict ? [{ id: row.id, title: card.title, kind: row.conflict }] : [];
    })
    .sort((a, b) => byTitle.compare(a.title, b.title));
  const documents = [...aside].reverse().map((d) => ({ id: d.docId, title: d.title, kind: 'aside' as const, reason: d.reason }));
  return [...clippings, ...documents];
}
