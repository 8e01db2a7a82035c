/**
 * The tab the popup was opened over: the content script's verdict for it
 * (recorded in the `recent` table) and the button that clips it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/components/collection/describe-error';
import type { CollectionText } from '@/components/collection/strings';
import { useLiveQuery } from '@/components/collection/useLiveQuery';
import { clipTab } from '@/lib/clip-tab';
import { canonicalUrlKey } from '@/lib/store/canonical-url';
import type { AnnotatorDb } from '@/lib/store/db';
import { recentPage } from '@/lib/store/recent';
import type { ClippingCard } from '@/lib/store/types';
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

/** The saved clipping for this address, by canonical URL or page URL. */
function findClipping(cards: readonly ClippingCard[] | undefined, url: string): ClippingCard | undefined {
  if (!cards || !isWebPage(url)) return undefined;
  const key = canonicalUrlKey(url);
  return cards.find((c) => c.url === url || c.canonicalUrl === key);
}

interface Props {
  db: AnnotatorDb;
  cards: readonly ClippingCard[] | undefined;
  t: ReturnType<typeof popupStrings>;
  tc: CollectionText;
}

export function CurrentTab({ db, cards, t, tc }: Props) {
  const tab = useActiveTab();
  const url = tab?.url ?? '';
  const page = useLiveQuery(() => recentPage(db, url), [db, url]).value;
  const saved = useMemo(() => findClipping(cards, url), [cards, url]);
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (tab === undefined) return null;
  // An address the extension may not see (no permission for that site) may
  // still be an article: its content script, if any, decides when asked.
  const clippable = tab !== null && (url === '' || isWebPage(url));

  const clip = async () => {
    if (!tab) return;
    setBusy(true);
    setMessage({ alert: false, text: t('clipping') });
    try {
      const { created } = await clipTab(tab.id);
      setMessage({ alert: false, text: created ? t('clipped') : t('updatedClip') });
    } catch (error) {
      setMessage({ alert: true, text: describeError(tc, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="current-tab" aria-labelledby="current-tab-heading">
      <h2 id="current-tab-heading">{t('thisPage')}</h2>
      {!clippable && <p>{t('notAPage')}</p>}
      {clippable && !page && <p>{t('notAnalysed')}</p>}
      {clippable && page && (
        <>
          <p class="current-title">{page.title || url}</p>
          <p>
            <strong class={page.isForeignInfo ? 'verdict yes' : 'verdict no'}>{page.isForeignInfo ? t('verdictYes') : t('verdictNo')}</strong>
            {` (${t('score')} ${page.score.toFixed(2)}) · ${page.officials} ${t('officials')} · ${page.directives} ${t('directives')}`}
          </p>
        </>
      )}
      {/* Once the collection is read: "Lưu" and "Lưu lại" must not swap under the pointer. */}
      {clippable && cards !== undefined && (
        <p class="clip-row">
          <button type="button" class="primary" disabled={busy} onClick={() => void clip()}>
            {saved ? t('reclip') : t('clip')}
          </button>
          {saved && !message && <span>{t('alreadyClipped')}</span>}
        </p>
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
