/**
 * The research page (research.html): an official's or a directive's page,
 * chosen by the address's fragment, live as clippings change in other tabs.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '@/components/collection/useLang';
import { StarButton } from '@/components/collection/StarButton';
import { collectionStrings } from '@/components/collection/strings';
import { useWatchList } from '@/components/collection/useWatchList';
import { watchKey, type WatchKind } from '@/lib/clipping/watch-key';
import { useLiveQuery } from '@/components/collection/useLiveQuery';
import type { Lang } from '@/lib/i18n/i18n';
import { parseRoute, type ResearchRoute } from '@/lib/research/route';
import type { AnnotatorDb } from '@/lib/store/db';
import { getRecord } from '@/lib/store/clippings';
import { DirectiveView } from './DirectiveView';
import { loadDirective, loadDirectiveFirst, loadOfficial, loadOfficialFirst } from './load';
import { OfficialView } from './OfficialView';
import { type ResearchText, researchStrings } from './strings';

function useRoute(): ResearchRoute | null {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

interface ViewProps {
  db: AnnotatorDb;
  lang: Lang;
  t: ResearchText;
}

/** The page's star: this official or directive on the watch list, or off it. */
function Watch({ db, lang, kind, name }: { db: AnnotatorDb; lang: Lang; kind: WatchKind; name: string }) {
  const { keys } = useWatchList(db);
  return (
    <p class="watch-line">
      <StarButton kind={kind} name={name} starred={keys.has(watchKey(kind, name))} t={collectionStrings(lang)} />
    </p>
  );
}

function Status({ error, t }: { error: unknown; t: ResearchText }) {
  return error !== undefined ? <p role="alert">{`${t('error')} ${error instanceof Error ? error.message : String(error)}`}</p> : <p>{t('loading')}</p>;
}

/** The first screen (the newest articles) at once, then the whole profile once all the subject's rows are read, unless the first was all. */
function useProgressive<T extends { complete: boolean } | null>(firstScreen: () => Promise<T>, full: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: unknown } {
  const first = useLiveQuery(firstScreen, deps);
  const whole = useLiveQuery(full, deps, first.value !== undefined && first.value !== null && !first.value.complete);
  const value = first.value?.complete === false && whole.value !== undefined ? whole.value : first.value;
  return { value, error: whole.error ?? first.error };
}

function Official({ db, lang, t, name }: ViewProps & { name: string }) {
  const { value, error } = useProgressive(() => loadOfficialFirst(db, name), () => loadOfficial(db, name), [db, name]);
  useEffect(() => {
    if (value) document.title = `${value.name} — ${t('official')}`;
  }, [value, t]);
  if (value === undefined) return <Status error={error} t={t} />;
  return value ? (
    <>
      <Watch db={db} lang={lang} kind="official" name={value.name} />
      <OfficialView profile={value} lang={lang} t={t} />
    </>
  ) : (
    <p data-empty>{t('officialNotFound')}</p>
  );
}

function Directive({ db, lang, t, id }: ViewProps & { id: string }) {
  const { value, error } = useProgressive(() => loadDirectiveFirst(db, id), () => loadDirective(db, id), [db, id]);
  useEffect(() => {
    if (value) document.title = `${value.id} — ${t('directive')}`;
  }, [value, t]);
  if (value === undefined) return <Status error={error} t={t} />;
  return value ? (
    <>
      <Watch db={db} lang={lang} kind="directive" name={value.id} />
      <DirectiveView profile={value} lang={lang} t={t} />
    </>
  ) : (
    <p data-empty>{t('directiveNotFound')}</p>
  );
}

type ClippingViewComponent = (typeof import('./ClippingView'))['ClippingView'];
/**
 * The clipping view reads selections with the matcher (60 KB of script): it is loaded
 * on that route only, so an official's or a directive's page opens without it.
 */
const loadClippingView = () => import('./ClippingView').then((module) => module.ClippingView);

function Clipping({ db, lang, t, id }: ViewProps & { id: string }) {
  const { value, error } = useLiveQuery(() => getRecord(db, id).then((r) => r ?? null), [db, id]);
  const [View, setView] = useState<{ component: ClippingViewComponent } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    loadClippingView().then(
      (component) => live && setView({ component }),
      (failure: unknown) => live && setView({ error: failure }),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (value) document.title = `${value.title} — ${t('clipping')}`;
  }, [value, t]);
  if (value === null) return <p data-empty>{t('clippingNotFound')}</p>;
  if (value === undefined || !View || 'error' in View) return <Status error={error ?? (View && 'error' in View ? View.error : undefined)} t={t} />;
  return <View.component record={value} lang={lang} t={t} />;
}

export function ResearchPage({ db }: { db: AnnotatorDb }) {
  const lang = useLang();
  const t = researchStrings(lang);
  const route = useRoute();
  return (
    <div class="research" lang={lang}>
      <nav class="research-nav">
        <a href="/library.html">{t('backToLibrary')}</a>
      </nav>
      {!route && <p>{t('noRoute')}</p>}
      {route?.kind === 'official' && <Official key={route.key} db={db} lang={lang} t={t} name={route.key} />}
      {route?.kind === 'directive' && <Directive key={route.id} db={db} lang={lang} t={t} id={route.id} />}
      {route?.kind === 'clipping' && <Clipping key={route.id} db={db} lang={lang} t={t} id={route.id} />}
    </div>
  );
}
