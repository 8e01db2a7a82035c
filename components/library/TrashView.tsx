/**
 * The library's trash: what a delete (the user's or a teammate's) or a
 * teammate's emptied note took away, kept 30 days on this machine. Each copy
 * can be restored (by the background, which says what the restore did: back
 * whole, words merged into the clipping there, nothing new, or only in part);
 * the whole trash can be emptied after a second press. Live: a sync that
 * trashes something while the list is open shows it at once.
 */
import { useRef, useState } from 'preact/hooks';
import { describeError } from '@/components/collection/describe-error';
import { describeRestore } from '@/components/collection/describe-restore';
import type { CollectionText } from '@/components/collection/strings';
import { useLiveQuery } from '@/components/collection/useLiveQuery';
import { formatAgo } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import { RequestError, request } from '@/lib/messaging/messages';
import type { AnnotatorDb } from '@/lib/store/db';
import { listTrash, type TrashRow } from '@/lib/store/trash';
import type { LibraryText } from './strings';

interface Props {
  db: AnnotatorDb;
  t: LibraryText;
  tc: CollectionText;
  lang: Lang;
  id: string;
}

export function TrashView({ db, t, tc, lang, id }: Props) {
  const { value: rows, error } = useLiveQuery(() => listTrash(db), [db]);
  const [status, setStatus] = useState<{ text: string; alert?: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ text: await work() });
    } catch (e) {
      const gone = e instanceof RequestError && e.code === 'not-found';
      setStatus({ text: gone ? t('trashGone') : describeError(tc, e), alert: true });
    } finally {
      setBusy(false);
      // The row pressed may be gone: the keyboard goes back to the list's heading.
      heading.current?.focus();
    }
  };

  const restore = (row: TrashRow) => run(async () => describeRestore(await request({ type: 'trash:restore', key: row.key! }), tc, row.title));
  const empty = () =>
    run(async () => {
      setConfirming(false);
      const { emptied } = await request({ type: 'trash:empty' });
      return `${t('trashEmptied')} (${emptied}).`;
    });

  return (
    <section id={id} class="trash" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('trash')} {rows && `(${rows.length})`}
      </h2>
      <p class="trash-hint">{t('trashHint')}</p>
      <div role="status">{status && !status.alert && status.text}</div>
      {status?.alert && <p role="alert">{status.text}</p>}
      {error !== undefined && <p role="alert">{describeError(tc, error)}</p>}
      {rows && rows.length === 0 && <p>{t('trashNone')}</p>}
      {rows && rows.length > 0 && (
        <>
          <ul aria-label={t('trash')}>
            {rows.map((row) => (
              <li key={row.key} data-trash={row.key}>
                <a href={row.canonicalUrl} target="_blank" rel="noreferrer">
                  {row.title || row.canonicalUrl}
                </a>{' '}
                <span class="trash-why">
                  — {t(`trashReason:${row.reason}`)}, {formatAgo(row.trashedAt, Date.now(), lang)}
                </span>
                {row.note && <p class="trash-note">{row.note}</p>}
                <button type="button" disabled={busy} aria-label={`${t('restore')}: ${row.title || row.canonicalUrl}`} onClick={() => void restore(row)}>
                  {t('restore')}
                </button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <p>
              {t('trashConfirm')}{' '}
              <button type="button" disabled={busy} onClick={() => void empty()}>
                {t('trashEmptyNow')} ({rows.length})
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {tc('cancel')}
              </button>
            </p>
          ) : (
            <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
              {t('trashEmpty')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
