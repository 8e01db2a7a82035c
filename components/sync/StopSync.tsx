/**
 * "Ngừng đồng bộ / Stop syncing", asked twice: the first press opens a
 * confirmation that says the local collection stays whole; only its own button
 * stops. Escape or "Keep syncing" closes it and puts focus back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import type { SyncStatus } from '@/lib/sync/types';
import { stopSync } from './actions';
import { syncStrings } from './strings';

export function StopSync({ lang, server, onStopped, onFailed }: {
  lang: Lang;
  server: SyncStatus['server'];
  onStopped: (status: SyncStatus) => void;
  onFailed: () => void;
}) {
  const t = syncStrings(lang);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const id = useRef(`sync-stop-${Math.random().toString(36).slice(2)}`).current;

  // The safer choice takes focus, so Enter pressed on from the first button stops nothing.
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    opener.current?.focus();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      onStopped(await stopSync(server));
    } catch {
      onFailed();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <>
      <button type="button" ref={opener} class="sync-stop" aria-expanded={asking} aria-controls={id} onClick={() => setAsking(true)}>
        {t('stop')}
      </button>
      {asking && (
        <div
          id={id}
          class="sync-confirm"
          role="group"
          aria-labelledby={`${id}-text`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p id={`${id}-text`}>{t('stopConfirm')}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => void confirm()}>
            {t('stopYes')}
          </button>{' '}
          <button type="button" ref={keep} disabled={busy} onClick={close}>
            {t('stopNo')}
          </button>
        </div>
      )}
    </>
  );
}
