/**
 * Quotes: passages of a clipping the reader keeps, each with an optional
 * comment. A quote is stored as a W3C Web Annotation target, the fields of a
 * TextQuoteSelector (exact, prefix, suffix) and of a TextPositionSelector
 * (start, end: offsets in the clipping's text, a hint only), so it can be
 * found again in a page that changed (quote-anchor.ts). Two copies of one
 * clipping keep both people's quotes; one quote's two comments are both kept.
 * A deleted quote leaves a tombstone (the quote with the time it was deleted)
 * in the clipping's `deletedQuotes`, so another member's copy or an older
 * file cannot bring it back; a copy's comment on it joins the tombstone's.
 */
import { anchorQuote, foldText, type QuoteTarget } from './quote-anchor';

export interface Quote extends QuoteTarget {
  /** Random and permanent: copies of one quote meet by it. */
  id: string;
  comment: string;
  /** ISO 8601, when it was kept. */
  createdAt: string;
}

/** A deleted quote, kept whole with when it was deleted: hidden everywhere, but it travels. */
export interface DeletedQuote extends Quote {
  /** ISO 8601. */
  deletedAt: string;
}

/** Bounds for the validator (validate-clipping.ts): a hostile file or page cannot flood the store. */
export const QUOTE_LIMITS = { quotes: 500, exact: 5000, context: 100, comment: 5000, id: 100 } as const;

/** Characters of context kept on each side, as annotation tools do (~32). */
export const CONTEXT_CHARS = 32;

/** Between two comments on one quote when both are kept. */
export const COMMENT_SEPARATOR = '\n\n———\n\n';

/** A letter, mark or digit: a word goes on over these. */
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Does position i split a surrogate pair? */
const inPair = (text: string, i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);

/**
 * The selector of text[start, end), widened to whole words (a tone mark moves
 * within its word when folded, so half a word could not be found again) and
 * trimmed of whitespace; null when nothing but whitespace is selected, or more than a quote may hold.
 */
export function targetOf(text: string, start: number, end: number): QuoteTarget | null {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  while (start > 0 && LETTER.test(text[start - 1]!) && LETTER.test(text[start]!)) start--;
  while (end < text.length && LETTER.test(text[end]!) && LETTER.test(text[end - 1]!)) end++;
  if (end - start > QUOTE_LIMITS.exact) return null;
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (inPair(text, from)) from--;
  if (inPair(text, to)) to++;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

/** The selector of a selection given as text alone (the context menu's): found in the clipping's text, else null. */
export function targetOfSelection(text: string, selection: string): QuoteTarget | null {
  const found = anchorQuote(foldText(text), { exact: selection, prefix: '', suffix: '', start: 0, end: 0 });
  return found && targetOf(text, found.start, found.end);
}

function mergeComments(mine: string, theirs: string): string {
  if (theirs === mine || theirs.trim() === '' || mine.includes(theirs)) return mine;
  if (mine.trim() === '' || theirs.includes(mine)) return theirs;
  const both = `${mine}${COMMENT_SEPARATOR}${theirs}`;
  // Over the limit the pair could not be exported: the first copy's stays.
  return [...both].length > QUOTE_LIMITS.comment ? mine : both;
}

/** Both lists by id, the first's order first; one quote in both keeps the first's fields and both comments. */
function unite<Q extends Quote>(mine: readonly Q[], theirs: readonly Q[], join: (held: Q, other: Q) => Q = (held) => held): Q[] {
  const merged = new Map(mine.map((q) => [q.id, q]));
  for (const quote of theirs) {
    const held = merged.get(quote.id);
    merged.set(quote.id, held ? { ...join(held, quote), comment: mergeComments(held.comment, quote.comment) } : quote);
  }
  return [...merged.values()];
}

/** The earlier deletion stands: the same on every machine whichever copy comes first. */
const earlier = (held: DeletedQuote, other: DeletedQuote): DeletedQuote => (other.deletedAt < held.deletedAt ? { ...held, deletedAt: other.deletedAt } : held);

export interface QuoteLists {
  quotes?: readonly Quote[];
  deletedQuotes?: readonly DeletedQuote[];
}

/**
 * Both copies' quotes and deletions. A quote deleted in either copy stays
 * deleted, whichever copy edited its comment: the deletion is the user's last
 * word on that passage (keeping it again makes a new quote), and the other
 * copy's comment is kept in the tombstone, so no one's words are dropped.
 */
export function mergeQuotes(mine: QuoteLists, theirs: QuoteLists): { quotes: Quote[]; deletedQuotes: DeletedQuote[] } {
  const tombs = new Map(unite(mine.deletedQuotes ?? [], theirs.deletedQuotes ?? [], earlier).map((q) => [q.id, q]));
  const quotes: Quote[] = [];
  for (const quote of unite(mine.quotes ?? [], theirs.quotes ?? [])) {
    const tomb = tombs.get(quote.id);
    if (tomb) tombs.set(quote.id, { ...tomb, comment: mergeComments(tomb.comment, quote.comment) });
    else quotes.push(quote);
  }
  // The newest deletions stay when there are more than a clipping holds.
  const deletedQuotes = [...tombs.values()].sort((a, b) => (a.deletedAt < b.deletedAt ? -1 : a.deletedAt > b.deletedAt ? 1 : 0)).slice(-QUOTE_LIMITS.quotes);
  return { quotes: quotes.slice(0, QUOTE_LIMITS.quotes), deletedQuotes };
}

/** The lists with one quote deleted at `now` (unchanged when it is not there). */
export function deleteQuote(lists: QuoteLists, quoteId: string, now: number): { quotes: Quote[]; deletedQuotes: DeletedQuote[] } {
  const quote = lists.quotes?.find((q) => q.id === quoteId);
  const tomb: DeletedQuote[] = quote ? [{ ...quote, deletedAt: new Date(now).toISOString() }] : [];
  return mergeQuotes({ quotes: lists.quotes?.filter((q) => q.id !== quoteId), deletedQuotes: tomb }, { deletedQuotes: lists.deletedQuotes });
}
