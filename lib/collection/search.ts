/**
 * Full-text search over the distinct folded words of every clipping's title,
 * text, note and tags, with and without diacritics, and English terms read as the
 * Vietnamese they gloss. The words are held in
 * memory once read (a quarter of a megabyte per hundred clippings), so only
 * the first search of a session reads them all; after that only clippings
 * that changed are read again, and those the search index job
 * (lib/store/search-index.ts) has indexed since.
 */
import type { AnnotatorDb } from '../store/db';
import { bare, bareTerms, bareWords, exactTest, searchTerms, startsWordsWithAll } from '../text/fold';
import type { ClippingCard } from '../clipping/types';
import { vietnameseReadings } from '../i18n/english-query';

/** What a search found: every clipping that matches, and those that match with the accents as typed. */
export interface TextMatch {
  hits: ReadonlySet<string>;
  /** The hits whose words contain the query with its diacritics as typed: they rank first. */
  exact: ReadonlySet<string>;
}

interface Row {
  updatedAt: number;
  words: string;
  bare: string;
}

/** 0: no match, 1: a match, 2: a match with the diacritics as typed. */
type Grade = 0 | 1 | 2;

/** One way to read the query: its bare terms, and the test of its words with the diacritics as typed. */
interface Reading {
  loose: readonly string[];
  exactly: (words: string) => boolean;
}

/** The query as typed, then as the Vietnamese its English terms gloss ("politburo" → Bộ Chính trị); none when empty. */
function readingsOf(query: string): Reading[] {
  if (bareTerms(query).length === 0) return [];
  return [query, ...vietnameseReadings(query)].map((q) => ({ loose: bareTerms(q), exactly: exactTest(searchTerms(q)) }));
}

/** Grades one clipping's words against each reading of the query: the best grade any gives. */
function grade(row: Row, readings: readonly Reading[]): Grade {
  let best: Grade = 0;
  for (const { loose, exactly } of readings) {
    if (!startsWordsWithAll(row.bare, loose)) continue;
    if (exactly(row.words)) return 2;
    best = 1;
  }
  return best;
}

export class SearchCache {
  /** id -> the updatedAt its words were read for, and the words. */
  private rows = new Map<string, Row>();
  private syncing: Promise<void> = Promise.resolve();
  /** Bumped whenever rows change: the rows lined up with a card list are made again. */
  private version = 0;
  private lined: { cards: readonly Pick<ClippingCard, 'id'>[]; version: number; rows: (Row | undefined)[] } | null = null;
  /** The card list last brought in step: the same list again needs no reading. */
  private synced: { cards: readonly Pick<ClippingCard, 'id' | 'updatedAt'>[]; version: number; indexed: number } | null = null;
  /** The last graded query, to narrow the next one typed after it. */
  private last: { bare: string; grades: Uint8Array; lined: NonNullable<SearchCache['lined']> } | null = null;

  constructor(private readonly db: AnnotatorDb) {}

  /**
   * Brings the cache in step with these cards: reads the words of clippings
   * that are new or changed (a clipping's words change only with its
   * updatedAt) and forgets deleted ones. `indexed`, a number that moves each
   * time the search index job writes rows: when it moves, the clippings still
   * without words are read again. Calls run one after another.
   */
  sync(cards: readonly Pick<ClippingCard, 'id' | 'updatedAt'>[], indexed = 0): Promise<void> {
    this.syncing = this.syncing.then(() => this.read(cards, indexed));
    return this.syncing;
  }

  private async read(cards: readonly Pick<ClippingCard, 'id' | 'updatedAt'>[], indexed: number): Promise<void> {
    // Every search syncs first: with the same card list (nothing clipped or
    // edited since) that costs nothing, instead of 10 000 lookups per key.
    if (this.synced?.cards === cards && this.synced.version === this.version && this.synced.indexed === indexed) return;
    await this.readChanges(cards);
    this.synced = { cards, version: this.version, indexed };
  }

  private async readChanges(cards: readonly Pick<ClippingCard, 'id' | 'updatedAt'>[]): Promise<void> {
    const current = new Map(cards.map((c) => [c.id, c.updatedAt]));
    for (const id of this.rows.keys()) if (!current.has(id) && this.rows.delete(id)) this.version++;
    const stale = cards.filter((c) => this.rows.get(c.id)?.updatedAt !== c.updatedAt).map((c) => c.id);
    if (stale.length === 0) return;
    this.version++;
    // Many to read: one getAll of the table beats thousands of gets.
    const rows = stale.length > cards.length / 4 ? await this.db.searchTexts.toArray() : await this.db.searchTexts.bulkGet(stale);
    for (const row of rows) {
      const updatedAt = row && current.get(row.id);
      // A row from before bare words were stored is searchable at once, before the rebuild reaches it.
      if (row && updatedAt !== undefined) this.rows.set(row.id, { updatedAt, words: row.folded, bare: row.bare ?? bareWords(row.folded) });
    }
    // Imported and not yet indexed: no words, not even the ones it had before the import replaced it.
    for (const id of stale) if (this.rows.get(id)?.updatedAt !== current.get(id)) this.rows.delete(id);
  }

  /**
   * The clippings containing every word of the query, diacritics or not; null
   * for an empty query (no text filter). A word of the query may be the
   * start of a word of the text: "nguy" finds Nguyễn.
   */
  search(query: string): TextMatch | null {
    const readings = readingsOf(query);
    if (readings.length === 0) return null;
    const hits = new Set<string>();
    const exact = new Set<string>();
    for (const [id, row] of this.rows) {
      const g = grade(row, readings);
      if (g) hits.add(id);
      if (g === 2) exact.add(id);
    }
    return { hits, exact };
  }

  /**
   * The same search as grades by card position (the list's own numbering,
   * filter.ts TextHits): what the list and the facets use while the user
   * types, with no lookup by id per clipping per key.
   */
  searchCards(cards: readonly Pick<ClippingCard, 'id'>[], query: string): Uint8Array | null {
    const readings = readingsOf(query);
    if (readings.length === 0) return null;
    if (this.lined?.cards !== cards || this.lined.version !== this.version) {
      this.lined = { cards, version: this.version, rows: cards.map((c) => this.rows.get(c.id)) };
    }
    const { rows } = this.lined;
    const typed = bare(query);
    // Typing on narrows: "nguye" is found only where "nguy" was, so only those are read again;
    // not once English is read as Vietnamese ("politburo" finds what "politbur" did not).
    const narrowing = readings.length === 1 && this.last?.lined === this.lined && typed.startsWith(this.last.bare);
    const narrowed = narrowing ? this.last?.grades : null;
    const grades = new Uint8Array(cards.length);
    for (let at = 0; at < rows.length; at++) {
      const row = rows[at];
      if (row && (!narrowed || narrowed[at])) grades[at] = grade(row, readings);
    }
    this.last = { bare: typed, grades, lined: this.lined };
    return grades;
  }
}
