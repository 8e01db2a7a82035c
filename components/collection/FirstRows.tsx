/**
 * The collection as a page's first frame shows it, before the page's main
 * code (the database, filters, import, export) has loaded: its heading, the
 * search row and the newest rows from the session copy. The popup's
 * (components/popup/FirstPaint.tsx) and the library's first frames use it;
 * CollectionView then renders the same layout over it. Inert and marked busy
 * meanwhile: nothing in it can be pressed to no effect.
 */
import type { SingleFacet } from '@/lib/collection/filter';
import { NO_FACETS, NO_FILTER } from '@/lib/collection/filter';
import type { ClippingCard } from '@/lib/clipping/types';
import type { Lang } from '@/lib/i18n/i18n';
import { ClippingRow, ROOMY_ROW_HEIGHT, ROW_HEIGHT } from './ClippingRow';
import { FilterBar } from './FilterBar';
import { collectionStrings } from './strings';
import { VirtualList } from './VirtualList';

const wait = () => undefined;

interface Props {
  head: readonly ClippingCard[] | undefined;
  lang: Lang;
  selects: readonly SingleFacet[];
  folded?: boolean;
  roomy?: boolean;
}

export function FirstRows({ head, lang, selects, folded, roomy = false }: Props) {
  const tc = collectionStrings(lang);
  return (
    <section class="collection" aria-labelledby="collection-heading" aria-busy="true" inert>
      <h2 id="collection-heading">{tc('collection')}</h2>
      <FilterBar filter={NO_FILTER} setFilter={wait} facets={NO_FACETS} sort="clipped" setSort={wait} t={tc} selects={selects} folded={folded} onSearchFocus={wait} />
      {!head?.length && <p>{tc('loading')}</p>}
      <VirtualList
        items={head ?? []}
        rowHeight={roomy ? ROOMY_ROW_HEIGHT : ROW_HEIGHT}
        label={tc('listLabel')}
        keyOf={(card) => card.id}
        renderRow={(card) => <ClippingRow card={card} t={tc} lang={lang} roomy={roomy} chosenTags={[]} onTag={wait} onEdit={wait} onDelete={wait} />}
      />
    </section>
  );
}
