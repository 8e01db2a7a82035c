/** The toolbar popup once its code has loaded: the current tab, the sync line and the whole collection (entrypoints/popup/main.tsx paints its first frame). */
import { useEffect } from 'preact/hooks';
import { CollectionView } from '@/components/collection/CollectionView';
import { collectionStrings } from '@/components/collection/strings';
import { useCollection } from '@/components/collection/useCollection';
import { useLang } from '@/components/collection/useLang';
import type { AnnotatorDb } from '@/lib/store/db';
import { requestPersistence } from '@/lib/store/persist';
import { SyncLine } from '@/components/sync/SyncLine';
import { NO_FILTER } from '@/lib/collection/filter';
import type { ClippingCard } from '@/lib/clipping/types';
import type { Lang } from '@/lib/i18n/i18n';
import { CurrentTab } from './CurrentTab';
import { openLibrary, PopupHeader } from './PopupHeader';
import { popupStrings } from './strings';

interface Props {
  db: AnnotatorDb;
  /** The language the first frame was painted in (entrypoints/popup/main.tsx); else the popup follows the setting itself. */
  lang?: Lang;
  /** The newest rows the first frame showed, shown again at once. */
  head?: ClippingCard[];
}

export function Popup({ db, lang: given, head }: Props) {
  const own = useLang();
  const lang = given ?? own;
  const t = popupStrings(lang);
  const tc = collectionStrings(lang);
  const collection = useCollection(db, NO_FILTER, head);

  useEffect(() => {
    void requestPersistence(navigator.storage);
  }, []);

  return (
    <main class="popup" lang={lang}>
      <PopupHeader t={t} />
      <SyncLine lang={lang} onSeeConflicts={() => openLibrary('#sync-settle')} />
      <CurrentTab db={db} cards={collection.cards} ownTags={collection.ownTags} t={t} tc={tc} lang={lang} />
      <CollectionView
        db={db}
        collection={collection}
        t={tc}
        lang={lang}
        selects={['official', 'directive', 'site', 'topic']}
        folded
        // Firefox closes the popup when a file chooser opens: import from the library page there.
        importElsewhere={import.meta.env.FIREFOX ? () => openLibrary('#import') : undefined}
      />
    </main>
  );
}
