/**
 * The popup's first frame, painted before its main code has loaded
 * (entrypoints/popup/main.tsx): the header, the collection's heading and
 * search row, and the newest rows from the session copy
 * (lib/collection/head.ts). It imports nothing of the database, sync, the
 * current tab's checks, import or export, so the popup's entry stays small;
 * the full popup (Popup.tsx) then renders the same layout over it. Until then
 * the collection is inert and marked busy: no control in it can be pressed to
 * no effect.
 */
import { ClippingRow, ROW_HEIGHT } from '@/components/collection/ClippingRow';
import { FilterBar } from '@/components/collection/FilterBar';
import { collectionStrings } from '@/components/collection/strings';
import { VirtualList } from '@/components/collection/VirtualList';
import { NO_FACETS, NO_FILTER } from '@/lib/collection/filter';
import type { ClippingCard } from '@/lib/clipping/types';
import type { Lang } from '@/lib/i18n/i18n';
import { PopupHeader } from './PopupHeader';
import { popupStrings } from './strings';

const wait = () => undefined;

export function FirstPaint({ head, lang }: { head: readonly ClippingCard[] | undefined; lang: Lang }) {
  const tc = collectionStrings(lang);
  return (
    <main class="popup" lang={lang}>
      <PopupHeader t={popupStrings(lang)} />
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
    </main>
  );
}
