/**
 * When a newer copy of a clipping replaces the collection's (an import), the
 * article and its analysis come from the newer copy, but the note and tags
 * are the user's words and are never silently lost: notes that differ are
 * both kept, tags are united, and so are corrections (rejections and findings
 * added by hand). What changed is listed for the import report.
 */
import { mergeCorrections } from './corrections';
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
  | { field: 'corrections' };

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

/** The incoming copy with the current copy's id and the user's words kept, and what differs from the current copy. */
export function keepUserWords(current: ClippingRecord, incoming: ClippingRecord): { record: ClippingRecord; changes: FieldChange[] } {
  const changes: FieldChange[] = ARTICLE_FIELDS.filter((field) => !same(current[field], incoming[field])).map((field) => ({ field }));
  const note = mergeNotes(current.note, incoming.note);
  if (note.how) changes.push({ field: 'note', how: note.how });
  const tags = mergeTags(current.tags, incoming.tags);
  if (tags.added.length || tags.left.length) changes.push({ field: 'tags', added: tags.added, left: tags.left });
  // Corrections: both copies' (rejections and additions united), moved onto the text the clipping keeps.
  const { corrections: _theirs, ...rest } = incoming;
  const corrections = mergeCorrections(current.corrections, current.text, incoming.corrections, incoming.text);
  if (!same(corrections, incoming.corrections)) changes.push({ field: 'corrections' });
  return { record: { ...rest, id: current.id, note: note.note, tags: tags.tags, ...(corrections ? { corrections } : {}) }, changes };
}
