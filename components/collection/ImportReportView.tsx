import type { ChangedClipping, ImportReport } from '@/lib/store/import';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { FieldChange } from '@/lib/clipping/user-words';
import { describeRejection } from './describe-problem';
import type { CollectionText } from './strings';

/** One change in words: "tiêu đề", "ghi chú: giữ cả…", "thêm nhãn: A, B". */
export function describeChange(change: FieldChange, t: CollectionText): string {
  if (change.field === 'note') return t(`note:${change.how}`);
  if (change.field === 'tags')
    return [change.added.length ? `${t('tagsAdded')}: ${change.added.join(', ')}` : '', change.left.length ? `${t('tagsLeft')}: ${change.left.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
  return t(`change:${change.field}`);
}

function ChangedItem({ item, t }: { item: ChangedClipping; t: CollectionText }) {
  return (
    <li>
      <a href={item.canonicalUrl} target="_blank" rel="noreferrer">
        {item.title || item.canonicalUrl}
      </a>
      {`: ${t('changedFields')} ${item.changes.map((c) => describeChange(c, t)).join('; ')}.`}
    </li>
  );
}

/**
 * How many records were added, updated, merged in words, skipped (nothing new) and rejected; that search
 * finds the written ones once indexed; each changed clipping with what changed; why each rejected one was.
 */
export function ImportReportView({ report, t, lang }: { report: ImportReport; t: CollectionText; lang: Lang }) {
  return (
    <div class="import-report">
      <p>
        {t('imported')}: {report.added} {t('added')}, {report.updated} {t('updated')}, {report.wordsMerged} {t('wordsMerged')}, {report.skipped.length} {t('skipped')},{' '}
        {report.rejected.length} {t('rejected')}.
      </p>
      {report.indexing > 0 && <p>{plural(lang, report.indexing, t('importIndexing'))}</p>}
      {(report.watch.added > 0 || report.watch.removed > 0 || report.watch.rejected > 0) && (
        <p>
          {t('watchImported')}: {report.watch.added} {t('added')}, {report.watch.removed} {t('watchRemoved')}, {report.watch.rejected} {t('rejected')}.
        </p>
      )}
      {report.changed.length > 0 && (
        <details open={report.changed.length <= 10}>
          <summary>
            {report.changed.length} {t('changedHeading')}
          </summary>
          <ul class="changed">
            {report.changed.map((item, i) => (
              <ChangedItem key={i} item={item} t={t} />
            ))}
          </ul>
        </details>
      )}
      {report.rejected.length > 0 && (
        <details>
          <summary>{t('rejectedReasons')}</summary>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.index}>{describeRejection(t('langTag') as Lang, r)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
