/**
 * What a document from the server must be before any of it reaches the
 * collection. Any member can write any document, so one is applied only when
 * it is a clipping by the import's rules and its id is the one its article's
 * canonical URL gives (a copy under another id, or a rewritten URL, would
 * otherwise clash with the clipping already held and stop every member's
 * sync); its times are clamped to now plus a small skew (a document dated 2100
 * must not win every later edit); its "kept" flag counts only when true.
 */
import { canonicalUrlKey } from '../clipping/canonical-url';
import { clampTimes } from '../clipping/clock';
import type { ClippingRecord } from '../clipping/types';
import { NOTE_SEPARATOR } from '../clipping/user-words';
import { type ClippingDoc, DOC_KIND, docIdOf, fromDoc } from './doc';
import type { SetAsideDoc, SetAsideReason } from './types';

/** Enough of a claimed title to recognise the document by. */
const TITLE_CHARS = 200;

export type Verdict =
  | { ok: true; record: ClippingRecord; kept?: ClippingDoc['kept'] }
  | { ok: false; reason: SetAsideReason }
  /** Not one of ours at all (another application's document): left alone, not reported. */
  | { ok: false; reason: null };

/** The settling member's flag, when what it says is there: 'words' needs two notes side by side. */
function keptFlag(doc: Partial<ClippingDoc>, record: ClippingRecord): ClippingDoc['kept'] {
  if (doc.kept === 'words') return record.note.includes(NOTE_SEPARATOR) ? 'words' : undefined;
  return doc.kept === 'deleted' ? 'deleted' : undefined;
}

/** Checks a live document under the id it is stored at. */
export async function checkIncoming(doc: { _id: string } & Partial<ClippingDoc>, now: number): Promise<Verdict> {
  if (doc.kind !== DOC_KIND) return { ok: false, reason: null };
  const record = fromDoc(doc);
  if (!record) return { ok: false, reason: 'unreadable' };
  if ((await docIdOf(record.canonicalUrl)) !== doc._id) return { ok: false, reason: 'wrong-id' };
  return { ok: true, record: clampTimes({ ...record, canonicalUrl: canonicalUrlKey(record.canonicalUrl) }, now), kept: keptFlag(doc, record) };
}

/** The title a document claims, as plain text cut short, for the list of documents set aside. */
export function claimedTitle(doc: unknown): string {
  const title = (doc as { clipping?: { title?: unknown } } | null)?.clipping?.title;
  return typeof title === 'string' ? [...title.replace(/\s+/g, ' ').trim()].slice(0, TITLE_CHARS).join('') : '';
}

export const setAsideOf = (doc: { _id: string; _rev: string }, reason: SetAsideReason, now: number): SetAsideDoc => ({
  docId: doc._id,
  rev: doc._rev,
  reason,
  title: claimedTitle(doc),
  at: now,
});
