/**
 * The popup's quotes of the tab's clipping: their comments are written here,
 * and "Hiện trích dẫn của tôi" paints them on the page, only on that click
 * (ranges the page could read are never there before). Those the page no
 * longer holds are marked.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QuoteList } from '@/components/quotes/QuoteList';
import { quoteStrings } from '@/components/quotes/strings';
import type { Quote } from '@/lib/clipping/quotes';
import type { Lang } from '@/lib/i18n/i18n';
import type { ContentRequest, ContentResponseMap, Reply } from '@/lib/messaging/messages';

export function PageQuotes({ clippingId, quotes, tabId, lang }: { clippingId: string; quotes: readonly Quote[]; tabId: number; lang: Lang }) {
  const t = quoteStrings(lang);
  const [missing, setMissing] = useState<Set<string> | null>(null);
  const [said, setSaid] = useState<{ alert: boolean; text: string } | null>(null);
  if (quotes.length === 0) return null;
  const show = async () => {
    const message: ContentRequest = { type: 'content:quotes', quotes: quotes.map(({ id, exact, prefix, suffix, start, end }) => ({ id, exact, prefix, suffix, start, end })) };
    const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as Reply<ContentResponseMap['content:quotes']> | undefined;
    if (!reply?.ok) return setSaid({ alert: true, text: t('showFailed') });
    const found = new Set(reply.value.found);
    setMissing(new Set(quotes.filter((q) => !found.has(q.id)).map((q) => q.id)));
    setSaid({ alert: false, text: t('shown') });
  };
  return (
    <section class="page-quotes" aria-labelledby="page-quotes-heading">
      <h3 id="page-quotes-heading">{t('quotes')}</h3>
      <button type="button" onClick={() => void show()}>
        {t('show')}
      </button>
      {said && <p role={said.alert ? 'alert' : 'status'}>{said.text}</p>}
      <QuoteList clippingId={clippingId} quotes={quotes} missing={missing} t={t} />
    </section>
  );
}
