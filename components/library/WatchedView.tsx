/**
 * The library's "watched" view: a switch that narrows the collection to the
 * articles naming a starred official or directive, with the starred ones
 * listed, each a link to its research page.
 */
import type { CollectionText } from '@/components/collection/strings';
import type { Collection } from '@/components/collection/useCollection';
import { directiveHref, officialHref } from '@/lib/research/route';

export function WatchedView({ collection, t }: { collection: Collection; t: CollectionText }) {
  const { watch, watchedOnly, setWatchedOnly } = collection;
  return (
    <section class="watched-view" aria-labelledby="watched-heading">
      <h2 id="watched-heading">★ {t('watching')}</h2>
      {watch.rows.length === 0 ? (
        <p class="muted">{t('watchedNone')}</p>
      ) : (
        <>
          <ul>
            {watch.rows.map((row) => (
              <li key={row.key}>
                <a href={row.kind === 'official' ? officialHref(row.label) : directiveHref(row.label)}>{row.label}</a>
              </li>
            ))}
          </ul>
          <button type="button" aria-pressed={watchedOnly} onClick={() => setWatchedOnly(!watchedOnly)}>
            {t('watchedView')}
          </button>
        </>
      )}
    </section>
  );
}
