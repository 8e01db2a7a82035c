import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CollectionView } from '@/components/collection/CollectionView';
import { collectionStrings } from '@/components/collection/strings';
import { useCollection } from '@/components/collection/useCollection';
import { useLang } from '@/components/collection/useLang';
import type { AnnotatorDb } from '@/lib/store/db';
import { requestPersistence } from '@/lib/store/persist';
import { SyncLine } from '@/components/sync/SyncLine';
import { CurrentTab } from './CurrentTab';
import { popupStrings } from './strings';

const openLibrary = (hash = '') => void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });

export function Popup({ db }: { db: AnnotatorDb }) {
  const lang = useLang();
  const t = popupStrings(lang);
  const tc = collectionStrings(lang);
  const collection = useCollection(db);

  useEffect(() => {
    void requestPersistence(navigator.storage);
  }, []);

  return (
    <main class="popup" lang={lang}>
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => openLibrary()}>
          {t('openLibrary')}
        </button>
      </header>
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
