/**
 * The library's list behind the sync line's "xem": each clipping sync kept words
 * in for the user to settle, live. Pressing a title searches the collection for
 * it, where its card opens for editing; the user's next edit clears the mark.
 * Then the documents from the server that were not applied, with their reason:
 * their claimed title is plain text (nothing to find here, and never markup).
 */
import { useLiveQuery } from '@/components/collection/useLiveQuery';
import type { AnnotatorDb } from '@/lib/store/db';
import { clippingsToSettle } from './to-settle';
import { setAsideReason, type SyncText } from './strings';

export function ToSettleList({ db, t, id, onFind }: { db: AnnotatorDb; t: SyncText; id: string; onFind: (title: string) => void }) {
  const { value: items } = useLiveQuery(() => clippingsToSettle(db), [db]);
  if (!items) return null;
  return (
    <div id={id} class="sync-settle">
      <p class="sync-settle-hint">{items.length ? t('settleHint') : t('settleNone')}</p>
      {items.length > 0 && (
        <ul aria-label={t('settleHeading')}>
          {items.map((item) => (
            item.kind === 'aside' ? (
              <li key={item.id} data-document={item.id}>
                <span class="sync-settle-title">{item.title || t('untitled')}</span>{' '}
                <span class="sync-settle-kind">
                  — {t('settleAside')}: {setAsideReason(t, item.reason)}
                </span>
              </li>
            ) : (
              <li key={item.id} data-clipping={item.id}>
                <button type="button" class="link" onClick={() => onFind(item.title)}>
                  {item.title}
                </button>{' '}
                <span class="sync-settle-kind">— {t(item.kind === 'words' ? 'settleWords' : 'settleDeleted')}</span>
              </li>
            )
          ))}
        </ul>
      )}
    </div>
  );
}
