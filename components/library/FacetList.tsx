/**
 * One facet as a list: every official (or directive, or site) across the
 * clippings with how many articles it appears in. Choosing one filters the
 * collection: "which articles cite 57-KL/TW?" is one click.
 */
import { useState } from 'preact/hooks';
import type { FacetValue } from '@/lib/store/filter';
import type { libraryStrings } from './strings';

/** How many values show before "Xem tất cả". */
const FIRST = 30;

interface Props {
  id: string;
  heading: string;
  values: readonly FacetValue[];
  chosen: string | null;
  onChoose(value: string | null): void;
  t: ReturnType<typeof libraryStrings>;
}

export function FacetList({ id, heading, values, chosen, onChoose, t }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? values : values.slice(0, FIRST);
  return (
    <section class="facet-list" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {heading} <span class="total">({values.length})</span>
      </h2>
      {values.length === 0 && <p>{t('noneYet')}</p>}
      <ul>
        {shown.map((v) => (
          <li key={v.value}>
            <button type="button" aria-pressed={chosen === v.value} onClick={() => onChoose(chosen === v.value ? null : v.value)}>
              <span class="facet-label">{v.label}</span> <span class="facet-count">{v.count} {t('articles')}</span>
            </button>
          </li>
        ))}
      </ul>
      {values.length > FIRST && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showFewer') : `${t('showAll')} (${values.length})`}
        </button>
      )}
    </section>
  );
}
