import type { Dispatch, StateUpdater } from 'preact/hooks';
import type { CollectionFilter, FacetName, FacetValue } from '@/lib/store/filter';
import { isFiltered, NO_FILTER } from '@/lib/store/filter';
import type { CollectionText } from './strings';

interface Props {
  filter: CollectionFilter;
  setFilter: Dispatch<StateUpdater<CollectionFilter>>;
  facets: Record<FacetName, FacetValue[]>;
  t: CollectionText;
  /** Which facets get a drop-down (the library shows officials and directives as lists instead). */
  selects: readonly FacetName[];
  onSearchFocus(): void;
}

const labelOf = (facet: FacetName, value: FacetValue, t: CollectionText) =>
  facet === 'topic' ? t(value.value === 'yes' ? 'topicYes' : 'topicNo') : value.label;

export function FilterBar({ filter, setFilter, facets, t, selects, onSearchFocus }: Props) {
  return (
    <div class="filters" role="search">
      <label class="search">
        <span>{t('search')}</span>
        <input type="search" value={filter.query} onFocus={onSearchFocus} onInput={(e) => {
            const query = (e.currentTarget as HTMLInputElement).value;
            setFilter((f) => ({ ...f, query }));
          }} />
      </label>
      {selects.map((facet) => {
        const chosen = filter[facet];
        const values = facets[facet];
        // A chosen value stays in the list even when other filters leave it no article.
        const missing = chosen !== null && !values.some((v) => v.value === chosen);
        return (
          <label key={facet} class="facet-select">
            <span>{t(facet)}</span>
            <select
              name={facet}
              value={chosen ?? ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value || null;
                setFilter((f) => ({ ...f, [facet]: value }));
              }}
            >
              <option value="">{t('any')}</option>
              {missing && <option value={chosen}>{chosen} (0)</option>}
              {values.map((v) => (
                <option key={v.value} value={v.value}>
                  {labelOf(facet, v, t)} ({v.count})
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {isFiltered(filter) && (
        <button type="button" class="clear" onClick={() => setFilter(NO_FILTER)}>
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}
