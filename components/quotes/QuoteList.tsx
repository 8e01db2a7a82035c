/**
 * A clipping's quotes, each with its comment, written here (an extension page:
 * the popup or the clipping page), never in the news page, whose scripts can
 * read what is typed into it. A quote that could not be found again is kept
 * and marked, never dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Quote } from '@/lib/clipping/quotes';
import { request } from '@/lib/messaging/messages';
import type { QuoteText } from './strings';

interface Props {
  clippingId: string;
  quotes: readonly Quote[];
  /** Ids of quotes not found where they were looked for; null: not looked for. */
  missing: ReadonlySet<string> | null;
  t: QuoteText;
}

function QuoteItem({ clippingId, quote, missing, t }: { clippingId: string; quote: Quote; missing: boolean; t: QuoteText }) {
  const [comment, setComment] = useState(quote.comment);
  const [said, setSaid] = useState<{ alert: boolean; text: string } | null>(null);
  // A comment merged in from elsewhere (sync, import) replaces the one shown.
  useEffect(() => setComment(quote.comment), [quote.comment]);
  const save = async () => {
    try {
      await request({ type: 'quote:comment', id: clippingId, quoteId: quote.id, comment });
      setSaid({ alert: false, text: t('saved') });
    } catch (error) {
      setSaid({ alert: true, text: `${t('failed')} ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const field = `quote-comment-${quote.id}`;
  return (
    <li class="quote" data-quote-id={quote.id} data-missing={missing ? 'true' : undefined}>
      <blockquote>{quote.exact}</blockquote>
      {missing && <p class="quote-missing">{t('missing')}</p>}
      <label for={field}>{t('comment')}</label>
      <textarea id={field} rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      <button type="button" onClick={() => void save()} disabled={comment === quote.comment && !said}>
        {t('save')}
      </button>
      {said && <span role={said.alert ? 'alert' : 'status'}>{said.text}</span>}
    </li>
  );
}

export function QuoteList({ clippingId, quotes, missing, t }: Props) {
  if (quotes.length === 0) return null;
  return (
    <ul class="quote-list">
      {quotes.map((quote) => (
        <QuoteItem key={quote.id} clippingId={clippingId} quote={quote} missing={missing?.has(quote.id) ?? false} t={t} />
      ))}
    </ul>
  );
}
