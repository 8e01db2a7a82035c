/**
 * A clipping's quotes, each with its comment, written here (an extension page:
 * the popup or the clipping page), never in the news page, whose scripts can
 * read what is typed into it. A quote that could not be found again is kept
 * and marked, never dropped; the reader deletes one with its own button (the
 * clipping keeps a tombstone, so no teammate's copy brings it back).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
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

/** The quote as the delete button names it to a screen reader: its first words. */
const SHORT_QUOTE = 60;
const shortQuote = (exact: string) => ([...exact].length > SHORT_QUOTE ? `${[...exact].slice(0, SHORT_QUOTE).join('')}…` : exact);

interface ItemProps {
  clippingId: string;
  quote: Quote;
  missing: boolean;
  t: QuoteText;
  /** After the quote is deleted (it leaves the list): the list says so. */
  onDeleted(): void;
}

function QuoteItem({ clippingId, quote, missing, t, onDeleted }: ItemProps) {
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
  const remove = async () => {
    try {
      await request({ type: 'quote:delete', id: clippingId, quoteId: quote.id });
      onDeleted();
    } catch (error) {
      setSaid({ alert: true, text: `${t('removeFailed')} ${error instanceof Error ? error.message : String(error)}` });
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
      <button type="button" class="quote-delete" aria-label={t('removeNamed').replace('{quote}', shortQuote(quote.exact))} onClick={() => void remove()}>
        {t('remove')}
      </button>
      {said && <span role={said.alert ? 'alert' : 'status'}>{said.text}</span>}
    </li>
  );
}

export function QuoteList({ clippingId, quotes, missing, t }: Props) {
  const [deleted, setDeleted] = useState(0);
  const said = useRef<HTMLParagraphElement>(null);
  // The button pressed is gone with its quote: the keyboard's place moves to the sentence saying so.
  useEffect(() => {
    if (deleted > 0) said.current?.focus();
  }, [deleted]);
  return (
    <>
      {quotes.length > 0 && (
        <ul class="quote-list">
          {quotes.map((quote) => (
            <QuoteItem key={quote.id} clippingId={clippingId} quote={quote} missing={missing?.has(quote.id) ?? false} t={t} onDeleted={() => setDeleted((n) => n + 1)} />
          ))}
        </ul>
      )}
      {deleted > 0 && (
        <p role="status" tabIndex={-1} ref={said}>
          {t('removed')}
        </p>
      )}
    </>
  );
}
