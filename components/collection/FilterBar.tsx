import { type Dispatch, type StateUpdater, useState } from 'preact/hooks';
import type { CollectionFilter, DateRange, FacetName, FacetValue, SingleFacet, SortKey } from '@/lib/collection/filter';
import { ANY_DATE, isFiltered, NO_FILTER, SORTS, toggleTag } from '@/lib/collection/filter';
import { fold } from '@/lib/text/fold';
import type { CollectionText } from './strings';
import { TagChips } from './TagChips';

interface Props {
  filter: CollectionFilter;
  setFilter: Dispatch<StateUpdater<CollectionFilter>>;
  facets: Record<FacetName, FacetValue[]>;
  sort: SortKey;
  setSort(sort: SortKey): void;
  t: CollectionText;
  /** Which facets get a drop-down (the library shows officials and directives as lists instead). */
  selects: readonly SingleFacet[];
  /** The popup's narrow layout: drop-downs and sort folded with the rest behind one control, beside the search. */
  folded?: boolean;
  onSearchFocus(): void;
}

const labelOf = (facet: FacetName, value: FacetValue, t: CollectionText) =>
  facet === 'topic' ? t(value.value === 'yes' ? 'topicYes' : 'topicNo') : value.label;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
type DateField = 'clipped' | 'published';

function FacetSelect({ facet, filter, setFilter, values, t }: { facet: SingleFacet; filter: CollectionFilter; setFilter: Props['setFilter']; values: FacetValue[]; t: CollectionText }) {
  const chosen = filter[facet];
  // A chosen value stays in the list even when other filters leave it no article.
  const missing = chosen !== null && !values.some((v) => v.value === chosen);
  return (
    <label class="facet-select">
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
}

/** A pair of day inputs, labelled, for one date of the clipping. */
function DateRangeFields({ field, range, setFilter, t }: { field: DateField; range: DateRange; setFilter: Props['setFilter']; t: CollectionText }) {
  const set = (end: keyof DateRange) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    // A day half typed (or cleared) is no bound.
    setFilter((f) => ({ ...f, [field]: { ...f[field], [end]: DAY.test(value) ? value : null } }));
  };
  return (
    <fieldset class="date-range">
      <legend>{t(field === 'clipped' ? 'clippedRange' : 'publishedRange')}</legend>
      <label>
        <span>{t('dateFrom')}</span>
        <input type="date" name={`${field}-from`} value={range.from ?? ''} max={range.to ?? undefined} onInput={set('from')} />
      </label>
      <label>
        <span>{t('dateTo')}</span>
        <input type="date" name={`${field}-to`} value={range.to ?? ''} min={range.from ?? undefined} onInput={set('to')} />
      </label>
    </fieldset>
  );
}

/** The chosen tags as pressed chips (a press takes one away) and a list that adds one more. */
function TagFilter({ filter, setFilter, values, t }: { filter: CollectionFilter; setFilter: Props['setFilter']; values: FacetValue[]; t: CollectionText }) {
  const chosen = new Set(filter.tags.map(fold));
  const more = values.filter((v) => !chosen.has(fold(v.value)));
  return (
    <div class="tag-filter">
      <label class="facet-select">
        <span>{filter.tags.length ? t('addTag') : t('tag')}</span>
        <select
          name="tag"
          value=""
          onChange={(e) => {
            const select = e.currentTarget as HTMLSelectElement;
            const tag = select.value;
            select.value = '';
            if (tag) setFilter((f) => toggleTag(f, tag));
          }}
        >
          <option value="">{filter.tags.length ? '—' : t('any')}</option>
          {more.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label} ({v.count})
            </option>
          ))}
        </select>
      </label>
      {filter.tags.length > 0 && <TagChips tags={filter.tags} chosen={filter.tags} onTag={(tag) => setFilter((f) => toggleTag(f, tag))} label={(tag) => `${t('untag')} ${tag}`} />}
    </div>
  );
}

const setCount = (range: DateRange) => (range === ANY_DATE ? 0 : Number(range.from !== null) + Number(range.to !== null));

export function FilterBar({ filter, setFilter, facets, sort, setSort, t, selects, folded = false, onSearchFocus }: Props) {
  // Tag and dates (folded: every filter) sit in a group that opens by itself when one of them is set (a filter never hides).
  const chosen = folded ? selects.filter((facet) => filter[facet] !== null).length : 0;
  const extra = chosen + filter.tags.length + setCount(filter.clipped) + setCount(filter.published);
  const [opened, setOpened] = useState(false);
  const drops = (
    <>
      {selects.map((facet) => (
        <FacetSelect key={facet} facet={facet} filter={filter} setFilter={setFilter} values={facets[facet]} t={t} />
      ))}
      <label class="sort">
        <span>{t('sort')}</span>
        <select name="sort" value={sort} onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as SortKey)}>
          {SORTS.map((key) => (
            <option key={key} value={key}>
              {t(`sort:${key}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
  return (
    <div class="filters" role="search">
      <label class="search">
        {/* Folded, the search's label and hint are read out, not shown: the row keeps to one line. */}
        <span class={folded ? 'visually-hidden' : undefined}>{t('search')}</span>
        <input
          type="search"
          value={filter.query}
          aria-describedby="search-hint"
          onFocus={onSearchFocus}
          onInput={(e) => {
            const query = (e.currentTarget as HTMLInputElement).value;
            setFilter((f) => ({ ...f, query }));
          }}
        />
        <small id="search-hint" class={folded ? 'hint visually-hidden' : 'hint'}>
          {t('searchHint')}
        </small>
      </label>
      {!folded && drops}
      <details class="more-filters" open={opened || extra > 0} onToggle={(e) => setOpened((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {t(folded ? 'filtersAndSort' : 'moreFilters')}
          {extra > 0 && ` (${extra})`}
        </summary>
        <div class="more-filters-body">
          {folded && drops}
          <TagFilter filter={filter} setFilter={setFilter} values={facets.tag} t={t} />
          <DateRangeFields field="clipped" range={filter.clipped} setFilter={setFilter} t={t} />
          <DateRangeFields field="published" range={filter.published} setFilter={setFilter} t={t} />
        </div>
      </details>
      {isFiltered(filter) && (
        <button type="button" class="clear" onClick={() => setFilter(NO_FILTER)}>
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}
