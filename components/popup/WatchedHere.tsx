/**
 * The popup's word that the tab's article names someone or something on the
 * watch list (the toolbar badge says it too; the page is never told). Each
 * name opens its research page.
 */
import { Fragment } from 'preact';
import { useWatchList } from '@/components/collection/useWatchList';
import { namedKeys } from '@/lib/clipping/watch-key';
import type { Analysis } from '@/lib/matcher/types';
import { directiveHref, officialHref } from '@/lib/research/route';
import type { AnnotatorDb } from '@/lib/store/db';
import type { popupStrings } from './strings';

export function WatchedHere({ db, analysis, t }: { db: AnnotatorDb; analysis: Analysis; t: ReturnType<typeof popupStrings> }) {
  const { keys, rows } = useWatchList(db);
  const here = new Set(namedKeys(analysis.officials.map((o) => o.name), analysis.directives.map((d) => d.id)));
  const named = rows.filter((row) => here.has(row.key) && keys.has(row.key));
  if (named.length === 0) return null;
  return (
    <p class="watched-here" role="status">
      ★ {t('watchedHere')}{' '}
      {named.map((row, i) => (
        <Fragment key={row.key}>
          {i > 0 && ', '}
          <a href={row.kind === 'official' ? officialHref(row.label) : directiveHref(row.label)} target="_blank" rel="noopener">
            {row.label}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
