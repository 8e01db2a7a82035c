/**
 * What the last schema upgrade repaired in the saved clippings (lib/store/
 * upgrade-v4.ts), shown once above the collection until the user dismisses it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotatorDb } from '@/lib/store/db';
import type { Repair } from '@/lib/clipping/repair';
import type { Lang } from '@/lib/i18n/i18n';
import { describeProblem } from './describe-problem';
import type { CollectionText } from './strings';

export function describeRepair(repair: Repair, t: CollectionText): string {
  switch (repair.kind) {
    case 'clippedAt':
    case 'updatedAt':
    case 'published':
      return `${t(`repair:${repair.kind}`)} ${repair.to ?? t('unknownDate')} (${repair.from})`;
    case 'directiveDate':
      return `${t('repair:directiveDate')} (${repair.directive}: ${repair.from})`;
    case 'rebuilt':
      return t('repair:rebuilt');
    case 'unexportable':
      // The reason is the validator's "path: problem" in English: the problem is said in the reader's language.
      return `${t('repair:unexportable')} ${repair.reason.replace(/^([^:]*): (.*)$/, (_, path: string, problem: string) => `${path}: ${describeProblem(t('langTag') as Lang, problem)}`)}`;
  }
}

export function UpgradeReport({ db, t }: { db: AnnotatorDb; t: CollectionText }) {
  const [repairs, setRepairs] = useState<Repair[]>([]);
  useEffect(() => {
    let live = true;
    db.meta
      .get('upgradeReport')
      .then((row) => live && row?.key === 'upgradeReport' && setRepairs(row.repairs))
      .catch(() => {
        // No report to show: the collection itself says if the database fails.
      });
    return () => {
      live = false;
    };
  }, [db]);
  if (repairs.length === 0) return null;
  const dismiss = () => {
    setRepairs([]);
    void db.meta.delete('upgradeReport').catch(() => {});
  };
  return (
    <div class="upgrade-report" role="status">
      <details open={repairs.length <= 5}>
        <summary>
          {t('upgradeHeading')} {repairs.length}
        </summary>
        <ul>
          {repairs.map((repair, i) => (
            <li key={i}>
              “{repair.title || repair.id}”: {describeRepair(repair, t)}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" class="dismiss" aria-label={t('dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
