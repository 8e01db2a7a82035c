/**
 * The library's "export for other tools" menu: CSV (articles, officials,
 * directives), a workbook, RIS, CSL-JSON, Markdown and the extension's own JSON, of everything
 * or of the filtered set.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { AnnotatorDb } from '@/lib/store/db';
import { type CollectionFilter, isFiltered } from '@/lib/collection/filter';
import type { ClippingCard } from '@/lib/clipping/types';
import { EXPORT_KINDS, type ExportKind, exportFor } from '@/lib/export/to-file';
import { exportStrings } from './export-strings';

interface Props {
  db: AnnotatorDb;
  lang: Lang;
  cards: readonly ClippingCard[] | undefined;
  visible: readonly ClippingCard[];
  filter: CollectionFilter;
}

export function ExportMenu({ db, lang, cards, visible, filter }: Props) {
  const t = exportStrings(lang);
  const filtered = isFiltered(filter);
  const [scope, setScope] = useState<'all' | 'filtered'>('all');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const useFiltered = filtered && scope === 'filtered';

  const run = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const count = await exportFor(db, kind, useFiltered ? visible.map((c) => c.id) : undefined, useFiltered ? filter : null, lang);
      setStatus(`${t('exported')} ${plural(lang, count, t('articles'))}.`);
    } catch (e) {
      setStatus(`${t('failed')} ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="export-menu">
      <summary>{t('menu')}</summary>
      <div class="menu">
        <fieldset>
          <legend>{t('scope')}</legend>
          <label>
            <input type="radio" name="export-scope" checked={!useFiltered} onChange={() => setScope('all')} /> {t('all')} ({cards?.length ?? 0})
          </label>{' '}
          <label>
            <input type="radio" name="export-scope" disabled={!filtered} checked={useFiltered} onChange={() => setScope('filtered')} /> {t('filtered')}
            {filtered && ` (${visible.length})`}
          </label>
        </fieldset>
        <ul>
          {EXPORT_KINDS.map((kind) => (
            <li key={kind}>
              <button type="button" disabled={busy || !cards?.length || (useFiltered && visible.length === 0)} onClick={() => void run(kind)}>
                {t(kind)}
              </button>
            </li>
          ))}
        </ul>
        <p role="status" class="muted">
          {status}
        </p>
      </div>
    </details>
  );
}
