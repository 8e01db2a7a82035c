import { useEffect, useState } from 'preact/hooks';
import { popupStrings } from './strings';
import type { AnnotatorDb, RecentPage } from '@/lib/store/db';
import { listRecent } from '@/lib/store/recent';

export function Popup({ db }: { db: AnnotatorDb }) {
  const t = popupStrings('vi');
  const [pages, setPages] = useState<RecentPage[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listRecent(db).then(setPages, (e: unknown) => setError(String(e)));
  }, [db]);

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <h2>{t('recentPages')}</h2>
      {error && <p role="alert">{t('loadError')}: {error}</p>}
      {pages && pages.length === 0 && <p>{t('noRecent')}</p>}
      <ul aria-label={t('recentPages')}>
        {pages?.map((page) => (
          <li key={page.url} data-url={page.url}>
            <span class="title">{page.title || page.url}</span>{' '}
            <span class="counts">
              {t('officials')}: {page.officials} · {t('directives')}: {page.directives}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
