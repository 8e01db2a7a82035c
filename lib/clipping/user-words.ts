/**
 * When a newer copy of a clipping replaces the collection's (an import), the
 * article and its analysis come from the newer copy, but the note and tags
 * are the user's words and are never silently lost: notes that differ are
 * both kept, tags are united, and so are corrections (rejections and findings
 * added by hand). An older or equally old copy (an import, a restore from the
 * trash, an undo) still brings its words into the collection's copy, whose
 * article stays. What changed is listed for the import report.
 */
import { carryCorrections, mergeCorrections } from './corrections';
import { mergeQuotes } from './quotes';
import { tidyTags } from './derive';
import { fold } from '../text/fold';
import type { ClippingRecord } from './types';
import { LIMITS } from './validate-clipping';

export type ArticleField = 'title' | 'url' | 'site' | 'author' | 'published' | 'text' | 'analysis';

export type FieldChange =
  | { field: ArticleField }
  /**
   * 'merged': both notes kept, the collection's first; 'taken': the incoming
   * note extends the collection's (or it had none); 'kept': the incoming note
   * did not fit beside the collection's (over the size limit), which stays.
   */
  | { field: 'note'; how: 'merged' | 'taken' | 'kept' }
  /** Tags the incoming copy added; those that did not fit (over the limit) are left out and named. */
  | { field: 'tags'; added: string[]; left: string[] }
  /** The collection's corrections were kept beside the incoming copy's. */
  | { field: 'corrections' }
  /** Quotes (or comments on them) one copy had and the other lacked were kept. */
  | { field: 'quotes' };

/** Between the two notes when both are kept. */
export const NOTE_SEPARATOR = '\n\n———\n\n';

const ARTICLE_FIELDS: readonly ArticleField[] = ['title', 'url', 'site', 'author', 'published', 'text', 'analysis'];

function mergeNotes(mine: string, theirs: string): { note: string; how?: 'merged' | 'taken' | 'kept' } {
  if (theirs === mine || theirs.trim() === '' || mine.includes(theirs)) return { note: mine };
  if (mine.trim() === '' || theirs.includes(mine)) return { note: theirs, how: 'taken' };
  const both = `${mine}${NOTE_SEPARATOR}${theirs}`;
  // The limit counts characters as the validator does; a note over it could not be exported.
  if ([...both].length > LIMITS.note) return { note: mine, how: 'kept' };
  return { note: both, how: 'merged' };
}

function mergeTags(mine: readonly string[], theirs: readonly string[]): { tags: string[]; added: string[]; left: string[] } {
  const tags = tidyTags(mine);
  const have = new Set(tags.map(fold));
  const added: string[] = [];
  const left: string[] = [];
  for (const tag of tidyTags(theirs)) {
    if (have.has(fold(tag))) continue;
    have.add(fold(tag));
    (tags.length < LIMITS.tags ? (tags.push(tag), added) : left).push(tag);
  }
  return { tags, added, left };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

type Words = Pick<ClippingRecord, 'note' | 'tags' | 'quotes' | 'deletedQuotes'>;

/** Both copies' note, tags and quotes, the collection's first, and what the incoming copy's changed. */
function mergeWords(current: Words, incoming: Words): { words: Words; changes: FieldChange[] } {
  const changes: FieldChange[] = [];
  const { quotes, deletedQuotes } = mergeQuotes(current, incoming);
  if (!same(quotes, current.quotes ?? []) || !same(deletedQuotes, current.deletedQuotes ?? [])) changes.push({ field: 'quotes' });
  const note = mergeNotes(current.note, incoming.note);
  if (note.how) changes.push({ field: 'note', how: note.how });
  const tags = mergeTags(current.tags, incoming.tags);
  if (tags.added.length || tags.left.length) changes.push({ field: 'tags', added: tags.added, left: tags.left });
  return { words: { note: note.note, tags: tags.tags, ...(quotes.length ? { quotes } : {}), ...(deletedQuotes.length ? { deletedQuotes } : {}) }, changes };
}

/** The incoming copy with the current copy's id and the user's words kept, and what differs from the current copy. */
export function keepUserWords(current: ClippingRecord, incoming: ClippingRecord): { record: ClippingRecord; changes: FieldChange[] } {
  const { words, changes: wordChanges } = mergeWords(current, incoming);
  const changes: FieldChange[] = [...ARTICLE_FIELDS.filter((field) => !same(current[field], incoming[field])).map((field) => ({ field })), ...wordChanges];
  // Corrections: both copies' (rejections and additions united), moved onto the text the clipping keeps.
  const { corrections: _theirs, quotes: _theirQuotes, deletedQuotes: _theirDeleted, ...rest } = incoming;
  const corrections = mergeCorrections(current.corrections, current.text, incoming.corrections, incoming.text);
  if (!same(corrections, incoming.corrections)) changes.push({ field: 'corrections' });
  return { record: { ...rest, id: current.id, ...words, ...(corrections ? { corrections } : {}) }, changes };
}

/**
 * The collection's copy with another copy's words brought in (an older or as
 * old copy from a file, a restore): the article and its analysis stay, the
 * other copy's corrections are moved onto this text. No change: nothing new.
 */
export function addWords(current: ClippingRecord, other: ClippingRecord): { record: ClippingRecord; changes: FieldChange[] } {
  const { words, changes } = mergeWords(current, other);
  const { corrections: mine, quotes: _mine, deletedQuotes: _mineDeleted, ...rest } = current;
  const theirs = carryCorrections(other.corrections, other.text, current.text);
  // The same corrections (an export of this very copy) add nothing, whatever they hold.
  const corrections = !theirs || same(theirs, mine) ? mine : mergeCorrections(mine, current.text, theirs, current.text);
  if (!same(corrections ?? null, mine ?? null) && !same(corrections ?? null, mergeCorrections(mine, current.text, undefined, current.text) ?? null))
    changes.push({ field: 'corrections' });
  return { record: { ...rest, ...words, ...(corrections ? { corrections } : {}) }, changes };
}

/** Whether a copy may bring words the collection's card lacks (cheap: read the record only then). */
export const mayAddWords = (card: Words, other: Pick<ClippingRecord, 'note' | 'tags' | 'quotes' | 'deletedQuotes' | 'corrections'>): boolean =>
  other.corrections !== undefined || mergeWords(card, other).changes.length > 0;
