/**
 * The tab the popup was opened over: what the extension did there, in words
 * (annotated, found nothing, not an article, turned off here, not allowed here), the
 * next step (annotate now, enable this site, enable all .vn, turn back on), and the
 * button that clips it. An annotated page folds to one line (title, score) so the
 * collection below shows in the toolbar popup's size.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/components/collection/describe-error';
import type { CollectionText } from '@/components/collection/strings';
import { useLiveQuery } from '@/components/collection/useLiveQuery';
import { annotateTab } from '@/lib/background/annotate-tab';
import { holdsScope, requestScope, type Scope } from '@/lib/site/permissions';
import { DEFAULT_THRESHOLD } from '@/lib/matcher/threshold';
import { request, type ContentRequest, type ContentResponseMap, type ContentStatus, type Reply } from '@/lib/messaging/messages';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import { tabStatus } from '@/lib/messaging/page-state';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings/settings';
import { isListedSite, siteOf } from '@/lib/site/sites';
import { canonicalUrlKey } from '@/lib/clipping/canonical-url';
import type { AnnotatorDb } from '@/lib/store/db';
import { recentPage } from '@/lib/store/recent';
import type { ClippingCard } from '@/lib/clipping/types';
import { ClipWords } from './ClipWords';
import { FromCollection } from './FromCollection';
import { PageSwitches } from './PageSwitches';
import { WatchedHere } from './WatchedHere';
import { PageQuotes } from './PageQuotes';
import { situationOf, type Offer, type Situation } from './situation';
import { verdictLine } from './verdict';
import type { popupStrings } from './strings';

interface Tab {
  id: number;
  url: string;
}

const isWebPage = (url: string) => /^https?:\/\//.test(url);

/**
 * The tab the popup is about: the active one, or the one named by
 * popup.html?tab=ID (the end-to-end tests open the popup in a tab of its own,
 * where the active tab would be the popup itself).
 */
function useActiveTab(): Tab | null | undefined {
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  useEffect(() => {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    const found = Number.isInteger(named) && named > 0 ? browser.tabs.get(named).then((t) => [t]) : browser.tabs.query({ active: true, currentWindow: true });
    void found.then(
      ([active]) => setTab(active?.id !== undefined ? { id: active.id, url: active.url ?? '' } : null),
      () => setTab(null),
    );
  }, []);
  return tab;
}

function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s), () => live && setSettings(DEFAULT_SETTINGS));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/** The tab's content status (the annotator's answer, the bootstrap's decision, or the background's note of another language); null when nothing of ours runs there. */
const askStatus = (tabId: number): Promise<ContentStatus | null> =>
  tabStatus(
    {
      sendMessage: (id, message) => browser.tabs.sendMessage(id, message),
      executeScript: (injection) => browser.scripting.executeScript(injection) as Promise<{ result?: unknown }[]>,
      sessionGet: (key) => browser.storage.session.get(key),
    },
    tabId,
  );

/** The saved clipping for this address, by canonical URL or page URL. */
function findClipping(cards: readonly ClippingCard[] | undefined, url: string): ClippingCard | undefined {
  if (!cards || !isWebPage(url)) return undefined;
  const key = canonicalUrlKey(url);
  return cards.find((c) => c.url === url || c.canonicalUrl === key);
}

/** How long the popup keeps looking while the page is being analysed. */
const POLL_MS = 400;
const POLLS = 40;

interface Props {
  db: AnnotatorDb;
  cards: readonly ClippingCard[] | undefined;
  /** The user's tags, most used first (suggestions for the note and tags asked after a clip). */
  ownTags: readonly string[];
  t: ReturnType<typeof popupStrings>;
  tc: CollectionText;
  lang: Lang;
}

export function CurrentTab({ db, cards, ownTags, t, tc, lang }: Props) {
  const tab = useActiveTab();
  const settings = useSettings();
  const url = tab?.url ?? '';
  const recent = useLiveQuery(() => recentPage(db, url), [db, url]).value;
  const saved = useMemo(() => findClipping(cards, url), [cards, url]);
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ContentStatus | null | undefined>(undefined);
  const [allowed, setAllowed] = useState<boolean | undefined>(undefined);
  const [polls, setPolls] = useState(POLLS);
  /** The clipping just saved, while its note and tags are asked for. */
  const [wordsFor, setWordsFor] = useState<string | null>(null);

  const look = useCallback(async () => {
    if (!tab) return;
    setStatus(await askStatus(tab.id));
  }, [tab]);

  useEffect(() => {
    if (!tab) return;
    void look();
    const site = isWebPage(tab.url) ? { kind: 'site' as const, url: tab.url } : null;
    if (!site || isListedSite(tab.url)) setAllowed(site !== null);
    else void holdsScope(browser.permissions, site).then(setAllowed, () => setAllowed(false));
  }, [tab, look]);

  const situation: Situation | null =
    tab && settings && status !== undefined && allowed !== undefined
      ? situationOf({ url, status, allowed, settings, recent: recent ?? null })
      : null;

  // While the page is being read, look again now and then (it reads in idle slices).
  useEffect(() => {
    if (situation?.kind !== 'analysing' || polls <= 0) return;
    const timer = setTimeout(() => {
      setPolls((n) => n - 1);
      void look();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [situation?.kind, polls, look, status]);

  if (tab === undefined) return null;
  // An address the extension may not see may still be an article: its content script, if any, decides when asked.
  const clippable = tab !== null && (url === '' || isWebPage(url));

  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await work();
      if (done) setMessage({ alert: false, text: done });
    } catch (error) {
      setMessage({ alert: true, text: error instanceof Error && error.message ? error.message : String(error) });
    } finally {
      setBusy(false);
      setPolls(POLLS);
      await look();
    }
  };

  /** Annotates now (activeTab: the popup's opening granted this tab), in "asked for" mode. */
  const annotateNow = () =>
    act(async () => {
      try {
        await annotateTab(browser.scripting, tab!.id);
      } catch {
        throw new Error(t('browserRefuses'));
      }
      setStatus({ state: 'analysing', page: null, article: null, analysis: null });
      return null;
    });

  /** Asks for a scope in the browser's own prompt; on a yes, annotates this page at once. */
  const grant = (scope: Scope) =>
    act(async () => {
      const granted = await requestScope(browser.permissions, scope).catch(() => false);
      if (!granted) return t('refused');
      setAllowed(true);
      await annotateTab(browser.scripting, tab!.id).catch(() => undefined);
      setStatus({ state: 'analysing', page: null, article: null, analysis: null });
      return t('granted');
    });

  /** Shows the in-page panel again after "×", or hides it (the content script answers which). */
  const togglePanel = () =>
    act(async () => {
      let reply: Reply<ContentResponseMap['content:toggle-panel']> | undefined;
      try {
        const message: ContentRequest = { type: 'content:toggle-panel' };
        reply = (await browser.tabs.sendMessage(tab!.id, message)) as Reply<ContentResponseMap['content:toggle-panel']> | undefined;
      } catch {
        reply = undefined;
      }
      if (!reply?.ok) throw new Error(t('panelUnavailable'));
      return reply.value.visible ? t('panelShown') : t('panelHidden');
    });

  const turnBackOn = () =>
    act(async () => {
      if (!settings) return null;
      const site = siteOf(url);
      await updateSettings(settings.paused ? { paused: false } : { disabledSites: settings.disabledSites.filter((s) => s !== site) });
      return null;
    });

  const clip = async () => {
    if (!tab) return;
    setBusy(true);
    setMessage({ alert: false, text: t('clipping') });
    try {
      // One request: the background takes the article from the tab and writes it (lib/background/clip-tab.ts).
      const { id, created } = await request({ type: 'clip:tab', tabId: tab.id });
      setMessage({ alert: false, text: created ? t('clipped') : t('updatedClip') });
      setWordsFor(id);
    } catch (error) {
      setMessage({ alert: true, text: describeError(tc, error) });
    } finally {
      setBusy(false);
    }
  };

  const annotateButton = (
    <button type="button" class="primary" disabled={busy} onClick={() => void annotateNow()}>
      {t('annotateNow')}
    </button>
  );

  // Read and annotated: the page in one line (title and score) beside the clip button, the rest behind it.
  const compact = situation?.kind === 'annotated' || situation?.kind === 'found-nothing' ? situation.page : null;
  const details = (
    <>
      {!clippable && <p>{t('notAPage')}</p>}
      {clippable && situation && <SituationView situation={situation} t={t} url={url} lang={lang} threshold={settings?.topicThreshold ?? DEFAULT_THRESHOLD} />}
      {clippable && status?.analysis && (situation?.kind === 'annotated' || situation?.kind === 'found-nothing') && (
        <FromCollection tabId={tab!.id} analysis={status.analysis} lang={lang} />
      )}
      {clippable && status?.analysis && <WatchedHere db={db} analysis={status.analysis} t={t} />}
      {clippable && situation && (
        <p class="next-step">
          {(situation.kind === 'not-article' ||
            situation.kind === 'other-language' ||
            situation.kind === 'not-loaded' ||
            situation.kind === 'error' ||
            situation.kind === 'not-allowed') &&
            annotateButton}
          {situation.kind === 'not-allowed' && <OfferButton offer={situation.offer} t={t} busy={busy} grant={grant} url={url} />}
          {situation.kind === 'not-allowed' && situation.offer.kind !== 'service' && (
            <button type="button" disabled={busy} onClick={() => void grant({ kind: 'site', url })}>
              {t('alwaysSite')}
            </button>
          )}
          {(situation.kind === 'annotated' || situation.kind === 'found-nothing') && (
            <button type="button" disabled={busy} onClick={() => void togglePanel()}>
              {t('togglePanel')}
            </button>
          )}
          {situation.kind === 'off' && (
            <button type="button" class="primary" disabled={busy} onClick={() => void turnBackOn()}>
              {t('turnOn')}
            </button>
          )}
        </p>
      )}
      {isWebPage(url) && settings && situation && situation.kind !== 'off' && situation.kind !== 'not-allowed' && situation.kind !== 'not-web' && (
        <PageSwitches t={t} settings={settings} url={url} busy={busy} act={act} />
      )}
      {clippable && situation?.kind === 'not-allowed' && <p class="why">{offerWhy(situation.offer, t)}</p>}
    </>
  );

  return (
    <section class={compact ? 'current-tab compact' : 'current-tab'} aria-labelledby="current-tab-heading" data-situation={situation?.kind ?? 'loading'}>
      <h2 id="current-tab-heading" class={compact ? 'visually-hidden' : undefined}>
        {t('thisPage')}
      </h2>
      {compact ? (
        <details class="current-details">
          <summary title={compact.title || url}>
            <span class="current-line">{compact.title || url}</span>{' '}
            <span class={compact.isForeignInfo ? 'current-score yes' : 'current-score no'}>{Math.round(compact.score * 100)}%</span>
          </summary>
          {details}
        </details>
      ) : (
        details
      )}
      {/* Once the collection is read: "Lưu" and "Lưu lại" must not swap under the pointer. */}
      {clippable && cards !== undefined && (
        <p class="clip-row">
          <button type="button" class="primary" disabled={busy} onClick={() => void clip()}>
            {saved ? t('reclip') : t('clip')}
          </button>
          {saved && !message && !compact && <span>{t('alreadyClipped')}</span>}
        </p>
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {clippable && saved?.quotes && <PageQuotes clippingId={saved.id} quotes={saved.quotes} tabId={tab!.id} lang={lang} />}
      {wordsFor && (
        <ClipWords
          key={wordsFor}
          id={wordsFor}
          note={saved?.id === wordsFor ? saved.note : ''}
          tags={saved?.id === wordsFor ? saved.tags : []}
          ownTags={ownTags}
          t={t}
          tc={tc}
          onDone={(said) => {
            setWordsFor(null);
            setMessage(said ? { alert: false, text: said } : null);
          }}
        />
      )}
    </section>
  );
}

function SituationView({ situation, t, url, lang, threshold }: { situation: Situation; t: Props['t']; url: string; lang: Lang; threshold: number }) {
  switch (situation.kind) {
    case 'annotated':
    case 'found-nothing': {
      const { page } = situation;
      return (
        <>
          <p class="situation">{situation.kind === 'annotated' ? t('annotated') : t('foundNothing')}</p>
          <p class="current-title">{page.title || url}</p>
          <p class={page.isForeignInfo ? 'verdict yes' : 'verdict no'}>{verdictLine(lang, page, threshold)}</p>
          <p class="counts">{`${plural(lang, page.officials, t('officials'))} · ${plural(lang, page.directives, t('directives'))}`}</p>
        </>
      );
    }
    case 'analysing':
      return <p class="situation">{t('analysing')}</p>;
    case 'not-article':
      return <p class="situation">{t('notArticle')}</p>;
    case 'other-language':
      return <p class="situation">{t('otherLanguage')}</p>;
    case 'off':
      return <p class="situation">{situation.paused ? t('paused') : t('offHere')}</p>;
    case 'not-allowed':
      return <p class="situation">{t('notAllowed')}</p>;
    case 'not-loaded':
      return <p class="situation">{t('notAnalysed')}</p>;
    case 'error':
      return <p class="situation">{t('error')}</p>;
    case 'not-web':
      return <p class="situation">{t('notAPage')}</p>;
  }
}

/** The wide grant that covers this page, in one click: all of .vn, the foreign service's host, or Vietnamese pages everywhere. */
function OfferButton({ offer, t, busy, grant, url }: { offer: Offer; t: Props['t']; busy: boolean; grant: (scope: Scope) => Promise<void>; url: string }) {
  const [scope, label]: [Scope, string] =
    offer.kind === 'all-vn'
      ? [{ kind: 'all-vn' }, t('enableVn')]
      : offer.kind === 'service'
        ? [{ kind: 'site', url }, t('enableService').replace('{name}', offer.service.name)]
        : [{ kind: 'vietnamese-pages' }, t('enableVietnamese')];
  return (
    <button type="button" disabled={busy} onClick={() => void grant(scope)}>
      {label}
    </button>
  );
}

/** What the grant lets the extension read, and what the browser will say, next to the button. */
function offerWhy(offer: Offer, t: Props['t']): string {
  if (offer.kind === 'all-vn') return t('vnWhy');
  if (offer.kind === 'vietnamese-pages') return `${t('vietnameseWhy')} ${t('siteWhy')}`;
  return t('serviceWhy').replace('{host}', offer.service.host).replace('{paths}', offer.service.paths.join(', '));
}
