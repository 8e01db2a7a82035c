/**
 * The star that puts an official or a directive on the watch list (or takes it
 * off), through the background. Shown on research pages and in the library's
 * lists: extension pages only, never the news page.
 */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/messages';
import type { WatchKind } from '@/lib/clipping/watch-key';
import type { CollectionText } from './strings';

interface Props {
  kind: WatchKind;
  /** The name or id as shown. */
  name: string;
  starred: boolean;
  t: CollectionText;
  /** Only the star, no words (the library's lists). */
  compact?: boolean;
}

export function StarButton({ kind, name, starred, t, compact = false }: Props) {
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      await request({ type: 'watch:set', subject: { kind, name }, starred: !starred });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      class={compact ? 'star compact' : 'star'}
      aria-pressed={starred}
      aria-label={`${t('watchLabel')}: ${name}`}
      title={starred ? t('watching') : t('watch')}
      disabled={busy}
      onClick={() => void toggle()}
    >
      {starred ? '★' : '☆'}
      {!compact && ` ${starred ? t('watching') : t('watch')}`}
    </button>
  );
}
