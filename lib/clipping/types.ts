import type { Analysis, Directive, Official } from '../matcher/types';
import type { DeletedQuote, Quote } from './quotes';

/** What the content script sends to be clipped: the article as found, and the matcher's analysis of its text. */
export interface ClippingInput {
  /** The article's canonical URL (link rel=canonical / og:url / JSON-LD), else the page URL. The dedupe key. */
  canonicalUrl: string;
  /** The address the page was read at. */
  url: string;
  site: string;
  title: string;
  author: string | null;
  /** ISO 8601 date or date-time as the page states it, else null. */
  published: string | null;
  /** The article text the analysis offsets point into. */
  text: string;
  analysis: Analysis;
}

/** A clipping as the user owns it: the article, the analysis, and what the user added. */
export interface ClippingRecord extends ClippingInput {
  /** Random and permanent: the primary key never changes, whatever happens to the URL. */
  id: string;
  /** When the article was last clipped (ms since epoch); the list is newest first by it. */
  clippedAt: number;
  /** When anything about it last changed (a clip, a note, a tag); import merges by it. */
  updatedAt: number;
  note: string;
  tags: string[];
  /** The user's corrections of the findings; absent when there are none (export format 2). */
  corrections?: Corrections;
  /** Passages the user kept, with comments (quotes.ts); absent when there are none (export format 3). */
  quotes?: Quote[];
  /** Quotes the user deleted (quotes.ts), so no other copy brings them back; absent when none. Never shown. */
  deletedQuotes?: DeletedQuote[];
}

/**
 * What the user said about a clipping's findings, kept with the clipping (it
 * syncs, exports and imports with it). A rejected finding is hidden in this
 * clipping and never learnt from it; an added one is learnt like a found one.
 */
export interface Corrections {
  /** Officials' names (compared folded) and directive ids the user marked wrong. */
  rejected: { officials: string[]; directives: string[] };
  /** Officials and directives the user selected in the article text; mentions point into `text`. */
  added: { officials: Official[]; directives: Directive[] };
}

/** A clipping as the export file carries it: times as ISO 8601 strings. */
export type ExportedClipping = Omit<ClippingRecord, 'clippedAt' | 'updatedAt'> & { clippedAt: string; updatedAt: string };

/**
 * The light half of a stored clipping, in the `clippings` table: all the list,
 * the filters and the facets need, so the popup can hold 10 000 of them in memory.
 */
export interface ClippingCard extends Omit<ClippingRecord, 'text' | 'analysis'> {
  /** The topic verdict as 1 or 0: IndexedDB cannot index booleans. */
  topic: 0 | 1;
  score: number;
  /** Officials' names as written (NFC), one per person. */
  officials: string[];
  /** The same names folded: the multi-entry index the official filter uses. */
  officialKeys: string[];
  /**
   * Directive ids (NFC), canonical by the matcher's current rules (derive.ts),
   * one per document: the multi-entry index the directive filter uses.
   */
  directives: string[];
  /**
   * The article's reprint keys (text/shingle.ts): cards sharing one are the same
   * story on several sites. Absent in cards written before it existed, until
   * the background rebuild (rebuild-rows.ts) reaches them.
   */
  reprint?: string;
}

/**
 * The heavy half, in the `records` table: the whole clipping as its line of an
 * export file (JSON, UTF-8). Export copies these bytes into the file as they
 * are, with no parsing and no re-encoding, and reads 1 byte per Vietnamese
 * character where a string costs 2; showing, editing or restoring one
 * clipping decodes its line.
 */
export interface StoredLine {
  id: string;
  line: Uint8Array<ArrayBuffer>;
}

/** The distinct folded words of title, text, note and tags, in the `searchTexts` table: what text search scans. */
export interface SearchText {
  id: string;
  folded: string;
  /**
   * The same words without diacritics (fold.ts `bareWords`), for searches typed
   * without them. Absent in rows written before it existed, until the
   * background rebuild (rebuild-rows.ts) reaches them.
   */
  bare?: string;
}

/** What the content script reports of a page it analysed (the popup's verdict, the recent pages). */
export interface PageSummary {
  url: string;
  title: string;
  site: string;
  officials: number;
  directives: number;
  isForeignInfo: boolean;
  score: number;
}
