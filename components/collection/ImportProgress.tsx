import type { ImportPhase } from '@/lib/store/import';
import type { CollectionText } from './strings';

interface Props {
  phase: ImportPhase;
  done: number;
  total: number;
  cancel: () => void;
  t: CollectionText;
}

const count = new Intl.NumberFormat('vi');

/** Where a running import is (records checked, then written) and the button that cancels it with nothing changed. */
export function ImportProgress({ phase, done, total, cancel, t }: Props) {
  const label = `${t(phase === 'checking' ? 'importChecking' : 'importWriting')} ${count.format(done)} / ${count.format(total)}…`;
  return (
    <span class="import-progress">
      <span>{total ? label : t('importing')}</span>
      <progress max={total || 1} value={done} aria-label={label} />
      <button type="button" onClick={cancel}>
        {t('cancelImport')}
      </button>
    </span>
  );
}
