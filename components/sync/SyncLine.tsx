/**
 * The compact sync line of the popup and the library: "Đã đồng bộ 2 phút trước ·
 * 3 thay đổi đang chờ", the clippings with two people's notes, any problem in
 * plain words, "Đồng bộ ngay", "Ngừng đồng bộ" (asked twice) and a link to the
 * settings. Nothing at all when sync is not set up (the library may offer a
 * discreet link to set it up).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '@/lib/i18n/i18n';
import type { AnnotatorDb } from '@/lib/store/db';
import type { SyncStatus } from '@/lib/sync/types';
import { syncNowStep } from './actions';
import { syncLineWords } from './status-line';
import { StopSync } from './StopSync';
import { SyncState } from './SyncState';
import { ToSettleList } from './ToSettleList';
import { syncStrings } from './strings';
import { useNow, useSyncStatus } from './useSyncStatus';

const openSettings = () => void browser.runtime.openOptionsPage();

export function SyncLine({ lang, offerSetUp = false, onSeeConflicts, settle }: {
  lang: Lang;
  /**
   * Where the clippings to settle can be listed here (library): the collection's
   * database, how to find one in the list, and whether the list starts open.
   */
  settle?: { db: AnnotatorDb; onFind: (title: string) => void; open?: boolean };
  /** Where sync is available but not set up: a small link to the options (library). */
  offerSetUp?: boolean;
  /** Where the clippings with two people's notes can be seen from here. */
  onSeeConflicts?: () => void;
}) {
  const t = syncStrings(lang);
  const { status, setStatus } = useSyncStatus();
  const now = useNow();
  const [note, setNote] = useState<{ alert: boolean; text: string } | null>(null);
  const [asked, setAsked] = useState(false);
  const [settling, setSettling] = useState(settle?.open ?? false);

  const syncNow = async (step: Promise<SyncStatus | 'refused'>) => {
    setNote(null);
    setAsked(true);
    try {
      const answer = await step;
      if (answer === 'refused') setNote({ alert: true, text: t('problem:permission-refused') });
      else setStatus(answer);
    } catch {
      setNote({ alert: true, text: t('requestFailed') });
    } finally {
      setAsked(false);
    }
  };

  if (!status) return null;
  if (!status.server) {
    return (
      <div class="sync-line sync-off">
        {note && <p role={note.alert ? 'alert' : 'status'}>{note.text}</p>}
        {offerSetUp && (
          <button type="button" class="link" onClick={openSettings}>
            {t('setUpLink')}
          </button>
        )}
      </div>
    );
  }

  const words = syncLineWords(status, now, lang);
  return (
    <section class={`sync-line${words.problem ? ' has-problem' : ''}`} aria-label={t('heading')}>
      {settle ? (
        <SyncState words={words} t={t} onSeeConflicts={() => setSettling((open) => !open)} seeing={{ open: settling, controls: 'sync-settle' }} />
      ) : (
        <SyncState words={words} t={t} onSeeConflicts={onSeeConflicts} />
      )}
      {settle && settling && words.conflicts && <ToSettleList db={settle.db} t={t} id="sync-settle" onFind={settle.onFind} />}
      <p class="sync-actions">
        <button
          type="button"
          disabled={status.running || asked}
          // The step starts inside the click: it may have to ask for the server's permission again.
          onClick={() => void syncNow(syncNowStep(status))}
        >
          {t('syncNow')}
        </button>{' '}
        <StopSync
          lang={lang}
          server={status.server}
          onStopped={(next) => {
            setStatus(next);
            setNote({ alert: false, text: t('stopped') });
          }}
          onFailed={() => setNote({ alert: true, text: t('requestFailed') })}
        />{' '}
        <button type="button" class="link" onClick={openSettings}>
          {t('settingsLink')}
        </button>
      </p>
      {note && <p role={note.alert ? 'alert' : 'status'}>{note.text}</p>}
    </section>
  );
}
