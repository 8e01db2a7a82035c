/**
 * The reader's quotes on the page, painted in their own colour, only when the
 * reader asks for them (the popup's "show my quotes"): ranges in the document's
 * highlight registry are readable by the page, so none is there before. Each
 * quote is found again in the article's text (clipping/quote-anchor.ts); the
 * answer lists those found, so the popup can mark the others as no longer on the page.
 */
import { anchorQuote, foldText, type QuoteTarget } from '../clipping/quote-anchor';
import { rangeOf, type TextIndex } from './text-index';

export const QUOTE_HIGHLIGHT = 'ttdn-quotes';
/** A green unlike the findings' colours, with dark text and a dashed underline as a second cue. */
export const QUOTE_CSS = `::highlight(${QUOTE_HIGHLIGHT}){background-color:#bbf7d0;color:#111111;text-decoration:underline dashed 2px}`;

type HighlightWindow = Window & { Highlight?: new (...ranges: Range[]) => unknown; CSS?: { highlights?: Map<string, unknown> } };

/** Paints the quotes found in the indexed text; returns the ids of those found. */
export function paintQuotes(doc: Document, index: TextIndex, quotes: readonly (QuoteTarget & { id: string })[]): string[] {
  const folded = foldText(index.text);
  const found: string[] = [];
  const ranges: Range[] = [];
  for (const quote of quotes) {
    const at = anchorQuote(folded, quote);
    const range = at && rangeOf(index, at.start, at.end);
    if (!range) continue;
    found.push(quote.id);
    ranges.push(range);
  }
  const win = doc.defaultView as HighlightWindow | null;
  if (win?.Highlight && win.CSS?.highlights) win.CSS.highlights.set(QUOTE_HIGHLIGHT, new win.Highlight(...ranges));
  return found;
}

/** Takes the quotes off the page (the annotation stops). */
export function clearQuotes(doc: Document): void {
  (doc.defaultView as HighlightWindow | null)?.CSS?.highlights?.delete(QUOTE_HIGHLIGHT);
}
