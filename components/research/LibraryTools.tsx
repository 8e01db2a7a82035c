/**
 * What the research work adds to the library's header: the export menu, and
 * when an official or a directive is chosen in the facets, a link to their page.
 */
import type { Collection } from '@/components/collection/useCollection';
import type { Lang } from '@/lib/i18n/i18n';
import { directiveHref, officialHref } from '@/lib/research/route';
import type { AnnotatorDb } from '@/lib/store/db';
import { ExportMenu } from './ExportMenu';
import { exportStrings } from './export-strings';
import './research.css';

export function LibraryTools({ db, lang, collection }: { db: AnnotatorDb; lang: Lang; collection: Collection }) {
  const t = exportStrings(lang);
  const { filter, facets, cards, visible } = collection;
  const officialLabel = filter.official && (facets?.official.find((v) => v.value === filter.official)?.label ?? filter.official);
  return (
    <div class="research-tools">
      {filter.official && (
        <a class="research-link" href={officialHref(filter.official)}>
          {t('officialPage')}: {officialLabel}
        </a>
      )}
      {filter.directive && (
        <a class="research-link" href={directiveHref(filter.directive)}>
          {t('directivePage')}: {filter.directive}
        </a>
      )}
      <ExportMenu db={db} lang={lang} cards={cards} visible={visible} filter={filter} />
    </div>
  );
}
