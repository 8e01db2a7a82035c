/**
 * One facet as a list: every official (or directive, or site) across the
 * clippings with how many articles it appears in. Choosing one filters the
 * collection: "which articles cite 57-KL/TW?" is one click. A long list can be
 * searched as people type (without diacritics too: "nguyen" finds "Nguyễn"),
 * and any list folds away under its heading.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { bare, bareTerms, startsWordsWithAll } from '@/lib/text/fold';
import type { FacetValue } from '@/lib/collection/filter';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { libraryStrings } from './strings';

/** How many values show before "Xem tất cả". */
const FIRST = 30;
/** Lists longer than this get a search box: a handful is read at a glance. */
const SEARCHABLE = 8;

/** The values whose label has a word starting with every word typed, diacritics or not; the chosen one always stays. */
export function matchingValues(values: readonly FacetValue[], query: string, chosen: string | null): readonly FacetValue[] {
  const terms = bareTerms(query);
  if (terms.length === 0) return values;
  return values.filter((v) => v.value === chosen || startsWordsWithAll(bare(v.label), terms));
}

interface Props {
  id: string;
  /** The star beside each entry (officials and directives: the watch list), if this list has one. */
  star?(value: FacetValue): ComponentChildren;
  heading: string;
  values: readonly FacetValue[];
  chosen: string | null;
  onChoose(value: string | null): void;
  t: ReturnType<typeof libraryStrings>;
  lang: Lang;
}

export function FacetList({ id, heading, values, chosen, onChoose, t, lang, star }: Props) {
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState(true);
  const [query, setQuery] = useState('');
  const matching = useMemo(() => matchingValues(values, query, chosen), [values, query, chosen]);
  const shown = all ? matching : matching.slice(0, FIRST);
  return (
    <section class="facet-list" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <button type="button" class="facet-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {heading} <span class="total">({values.length})</span>
        </button>
      </h2>
      <div id={`${id}-body`} class="facet-body" hidden={!open}>
        {values.length === 0 && <p>{t('noneYet')}</p>}
        {values.length > SEARCHABLE && (
          <input
            type="search"
            class="facet-search"
            aria-label={`${t('searchIn')} ${heading.toLocaleLowerCase()}`}
            placeholder={t('searchPlaceholder')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        )}
        {values.length > 0 && matching.length === 0 && <p class="facet-none">{t('noMatch')}</p>}
        <ul>
          {shown.map((v) => (
            <li key={v.value}>
              <button type="button" aria-pressed={chosen === v.value} onClick={() => onChoose(chosen === v.value ? null : v.value)}>
                <span class="facet-label">{v.label}</span> <span class="facet-count">{plural(lang, v.count, t('articles'))}</span>
              </button>
              {star?.(v)}
            </li>
          ))}
        </ul>
        {matching.length > FIRST && (
          <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('showFewer') : `${t('showAll')} (${matching.length})`}
          </button>
        )}
      </div>
    </section>
  );
}
