import { useEffect, useState } from 'preact/hooks';
import { CollectionView } from '@/components/collection/CollectionView';
import { collectionStrings } from '@/components/collection/strings';
import { useCollection } from '@/components/collection/useCollection';
import { useLang } from '@/components/collection/useLang';
import { LibraryTools } from '@/components/research/LibraryTools';
import type { AnnotatorDb } from '@/lib/store/db';
import { type CollectionFilter, NO_FILTER } from '@/lib/collection/filter';
import { type Persistence, requestPersistence } from '@/lib/store/persist';
import { SyncLine } from '@/components/sync/SyncLine';
import { FacetList } from './FacetList';
import { StarButton } from '@/components/collection/StarButton';
import { watchKey } from '@/lib/clipping/watch-key';
import { WatchedView } from './WatchedView';
import { LibraryCharts } from './LibraryCharts';
import { libraryStrings } from './strings';
import { TrashView } from './TrashView';

const LISTED: { facet: 'official' | 'directive' | 'site'; heading: 'officials' | 'directives' | 'sites' }[] = [
  { facet: 'directive', heading: 'directives' },
  { facet: 'official', heading: 'officials' },
  { facet: 'site', heading: 'sites' },
];

/** The tag a #tag=… address asks to filter by, if any. */
function tagOfHash(hash: string): CollectionFilter {
  const m = /^#tag=(.+)$/s.exec(hash);
  if (!m) return NO_FILTER;
  try {
    return { ...NO_FILTER, tags: [decodeURIComponent(m[1]!)] };
  } catch {
    return NO_FILTER;
  }
}

/** The collection in a full tab, with the facet lists across all clippings beside it. */
export function Library({ db }: { db: AnnotatorDb }) {
  const lang = useLang();
  const t = libraryStrings(lang);
  const tc = collectionStrings(lang);
  // A tag chip on a clipping's page opens the library at #tag=…, filtered by it.
  const collection = useCollection(db, tagOfHash(location.hash));
  const { facets, filter, setFilter } = collection;
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [trashOpen, setTrashOpen] = useState(location.hash === '#trash');

  useEffect(() => {
    void requestPersistence(navigator.storage).then(setPersistence);
  }, []);

  return (
    <div class="library" lang={lang}>
      <header>
        <h1>{t('libraryTitle')}</h1>
        {persistence && persistence !== 'unsupported' && (
          <p class="persistence">{persistence === 'persisted' ? t('persisted') : t('notPersisted')}</p>
        )}
        <SyncLine
          lang={lang}
          offerSetUp
          // The popup's "xem" opens the library at #sync-settle, with the list open.
          settle={{ db, open: location.hash === '#sync-settle', onFind: (title) => setFilter({ ...NO_FILTER, query: title }) }}
        />
        <LibraryTools db={db} lang={lang} collection={collection} />
        <button type="button" class="trash-toggle" aria-expanded={trashOpen} aria-controls="trash" onClick={() => setTrashOpen((open) => !open)}>
          {t('trashShow')}
        </button>
      </header>
      <nav class="facets" aria-label={t('facetsLabel')}>
        <WatchedView collection={collection} t={tc} />
        {facets &&
          LISTED.map(({ facet, heading }) => (
            <FacetList
              key={facet}
              id={`facet-${facet}`}
              heading={t(heading)}
              values={facets[facet]}
              chosen={filter[facet]}
              onChoose={(value) => setFilter((f) => ({ ...f, [facet]: value }))}
              t={t}
              lang={lang}
              star={facet === 'site' ? undefined : (v) => <StarButton kind={facet} name={v.label} starred={collection.watch.keys.has(watchKey(facet, v.label))} t={tc} compact />}
            />
          ))}
      </nav>
      <main>
        <LibraryCharts collection={collection} lang={lang} />
        {trashOpen && <TrashView db={db} t={t} tc={tc} lang={lang} id="trash" />}
        {/* Opened by the Firefox popup's "Nhập" (#import): the keyboard starts on the import button. */}
        <CollectionView db={db} collection={collection} t={tc} lang={lang} selects={['topic']} roomy focusImport={location.hash === '#import'} />
      </main>
    </div>
  );
}
