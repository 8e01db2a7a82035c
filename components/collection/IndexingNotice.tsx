import type { Lang } from '@/lib/i18n/i18n';
import type { IndexProgress } from '@/lib/store/search-index';
import type { CollectionText } from './strings';

/** While the search index job runs (an import's clippings wait for their words), search says it may miss them, and how far the job is. */
export function IndexingNotice({ indexed, total, t, lang }: IndexProgress & { t: CollectionText; lang: Lang }) {
  const count = new Intl.NumberFormat(lang);
  return (
    <p class="index-progress">
      {t('indexingNotice').replace('{done}', count.format(indexed)).replace('{total}', count.format(total))}
    </p>
  );
}
