import type { ImportReport } from '@/lib/store/import';
import type { CollectionText } from './strings';

/** How many records were added, updated, skipped and rejected, and why each rejected one was. */
export function ImportReportView({ report, t }: { report: ImportReport; t: CollectionText }) {
  return (
    <div class="import-report">
      <p>
        {t('imported')}: {report.added} {t('added')}, {report.updated} {t('updated')}, {report.skipped.length} {t('skipped')},{' '}
        {report.rejected.length} {t('rejected')}.
      </p>
      {report.rejected.length > 0 && (
        <details>
          <summary>{t('rejectedReasons')}</summary>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.index}>{r.reason}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
