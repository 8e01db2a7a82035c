/**
 * The collection as the popup's first frame (components/popup/FirstPaint.tsx)
 * shows it, before the popup's main code (the database, filters, import,
 * export) has loaded: its heading, the search row and the newest rows from the
 * session copy, as CollectionView lays them out when it renders over it. Inert
 * and marked busy meanwhile: nothing in it can be pressed to no effect.
 */
import { NO_FACETS, NO_FILTER } from '@/lib/collection/filter';
import type { ClippingCard } from '@/lib/clipping/types';
import type { Lang } from '@/lib/i18n/i18n';
import { ClippingRow, ROW_HEIGHT } from './ClippingRow';
import { FilterBar } from './FilterBar';
import { collectionStrings } from './strings';
import { VirtualList } from './VirtualList';

const wait = () => undefined;

export function FirstRows({ head, lang }: { head: readonly ClippingCard[] | undefined; lang: Lang }) {
  const tc = collectionStrings(lang);
  return (
    <section class="collection" aria-labelledby="collection-heading" aria-busy="true" inert>
      <h2 id="collection-heading">{tc('collection')}</h2>
      <FilterBar filter={NO_FILTER} setFilter={wait} facets={NO_FACETS} sort="clipped" setSort={wait} t={tc} selects={[]} folded onSearchFocus={wait} />
      {!head?.length && <p>{tc('loading')}</p>}
      <VirtualList
        items={head ?? []}
        rowHeight={ROW_HEIGHT}
        label={tc('listLabel')}
        keyOf={(card) => card.id}
        renderRow={(card) => <ClippingRow card={card} t={tc} lang={lang} roomy={false} chosenTags={[]} onTag={wait} onEdit={wait} onDelete={wait} />}
      />
    </section>
  );
}
