/**
 * Keeping a quote on a clipping, writing its comment, deleting it: each change
 * is a user's edit of the clipping (it syncs, exports and is searched with it).
 */
import { ValidationError } from '../base/validate';
import type { QuoteTarget } from '../clipping/quote-anchor';
import { deleteQuote, type Quote, QUOTE_LIMITS, type QuoteLists, targetOfSelection } from '../clipping/quotes';
import type { ClippingRecord } from '../clipping/types';
import { getRecord, newId, putRecords, writeTables } from './clippings';
import type { AnnotatorDb } from './db';
import { StoreError, writing } from './errors';

function editLists(db: AnnotatorDb, id: string, now: number, edit: (lists: QuoteLists) => QuoteLists): Promise<ClippingRecord> {
  return writing(() =>
    db.transaction('rw', writeTables(db), async () => {
      const current = await getRecord(db, id);
      if (!current) throw new StoreError('not-found', 'This clipping no longer exists.');
      const { quotes: _old, deletedQuotes: _deleted, ...rest } = current;
      const { quotes = [], deletedQuotes = [] } = edit(current);
      const next: ClippingRecord = { ...rest, ...(quotes.length ? { quotes: [...quotes] } : {}), ...(deletedQuotes.length ? { deletedQuotes: [...deletedQuotes] } : {}), updatedAt: now };
      await putRecords(db, [next]);
      return next;
    }),
  );
}

const editQuotes = (db: AnnotatorDb, id: string, now: number, edit: (quotes: Quote[]) => Quote[]) =>
  editLists(db, id, now, (lists) => ({ ...lists, quotes: edit([...(lists.quotes ?? [])]) }));

/** Keeps a passage as a quote, with an empty comment; the same passage kept twice is one quote. Returns the quote. */
export async function keepQuote(db: AnnotatorDb, id: string, target: QuoteTarget, now = Date.now()): Promise<Quote> {
  let kept: Quote | undefined;
  await editQuotes(db, id, now, (quotes) => {
    kept = quotes.find((q) => q.exact === target.exact && q.start === target.start);
    if (kept) return quotes;
    if (quotes.length >= QUOTE_LIMITS.quotes) throw new ValidationError('quotes', `more than ${QUOTE_LIMITS.quotes} items`);
    kept = { id: newId(), ...target, comment: '', createdAt: new Date(now).toISOString() };
    return [...quotes, kept];
  });
  return kept!;
}

/**
 * Keeps a passage given as text alone (the context menu's selection), found in
 * the clipping's text; null when it is not there (nothing is written).
 */
export async function keepSelection(db: AnnotatorDb, id: string, selection: string, now = Date.now()): Promise<Quote | null> {
  const record = await getRecord(db, id);
  if (!record) throw new StoreError('not-found', 'This clipping no longer exists.');
  const target = targetOfSelection(record.text, selection);
  return target && keepQuote(db, id, target, now);
}

/** Writes a quote's comment (typed in an extension page, never in the page). */
export function commentQuote(db: AnnotatorDb, id: string, quoteId: string, comment: string, now = Date.now()): Promise<ClippingRecord> {
  return editQuotes(db, id, now, (quotes) => {
    if (!quotes.some((q) => q.id === quoteId)) throw new StoreError('not-found', 'This quote no longer exists.');
    return quotes.map((q) => (q.id === quoteId ? { ...q, comment } : q));
  });
}

/** Deletes a quote, leaving its tombstone in the clipping (lib/clipping/quotes.ts). */
export function deleteQuoteOf(db: AnnotatorDb, id: string, quoteId: string, now = Date.now()): Promise<ClippingRecord> {
  return editLists(db, id, now, (lists) => {
    if (!lists.quotes?.some((q) => q.id === quoteId)) throw new StoreError('not-found', 'This quote no longer exists.');
    return deleteQuote(lists, quoteId, now);
  });
}
