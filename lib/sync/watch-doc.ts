/**
 * A watched official or directive as a replicated document: one document per
 * subject, its id a SHA-256 of the watch key (the folded name or id, so two
 * members starring "Nguyễn Văn Thủy" and "nguyễn văn thuỷ" write one
 * document). Taking the star away is a tombstone, `removedAt` in the body,
 * never a database deletion, so a member's older copy of the star cannot
 * undo it (watch-merge.ts decides which state stands). The team's database
 * is shared, so the watch list is the team's. What arrives is checked as a
 * file's entry is, plus: the id must be the one its key gives, the document
 * is small (a star is a few hundred bytes), no key names a prototype, and
 * its times are clamped like a clipping's.
 */
import { object, optional, ValidationError } from '../base/validate';
import { checkMoment } from '../clipping/validate-clipping';
import { WATCH_ENTRY_SHAPE, watchRowOf } from '../clipping/watch-export';
import type { WatchRow } from '../clipping/watch-key';
import { clampWatch } from '../clipping/watch-merge';
import { CLOCK_SKEW_MS } from '../clipping/clock';
import { isObject, others, type UnknownFields } from './unknown-fields';
import type { SetAsideReason } from './types';

export const WATCH_DOC_KIND = 'ttdn-watch';
/** Every watch document's id starts so (a clipping's with "clip-"). */
export const WATCH_ID_PREFIX = 'watch-';
/** A document larger than this (as JSON) is no star: refused, and none of it is carried over. */
export const WATCH_DOC_BYTES = 4096;

export interface WatchBody {
  kind: WatchRow['kind'];
  label: string;
  starredAt: string;
  removedAt?: string;
}

export interface WatchDoc {
  _id: string;
  _rev?: string;
  kind: typeof WATCH_DOC_KIND;
  watch: WatchBody;
}

const KNOWN_DOC_FIELDS: ReadonlySet<string> = new Set(['kind', 'watch']);
const KNOWN_BODY_FIELDS: ReadonlySet<string> = new Set(['kind', 'label', 'starredAt', 'removedAt']);
const checkBody = object({ ...WATCH_ENTRY_SHAPE, removedAt: optional(checkMoment) });

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function watchDocId(key: string): Promise<string> {
  return `${WATCH_ID_PREFIX}${hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)))}`;
}

export const isWatchDocId = (id: string): boolean => id.startsWith(WATCH_ID_PREFIX);

export function toWatchDoc(id: string, row: WatchRow): WatchDoc {
  const { kind, label, starredAt, removedAt } = row;
  const watch: WatchBody = { kind, label, starredAt: new Date(starredAt).toISOString(), ...(removedAt === undefined ? {} : { removedAt: new Date(removedAt).toISOString() }) };
  return { _id: id, kind: WATCH_DOC_KIND, watch };
}

/** What a stored watch document holds that this version does not know: carried over when it is written on top of. */
export const unknownWatchFields = (doc: unknown): UnknownFields => ({ doc: others(doc, KNOWN_DOC_FIELDS), clipping: others(isObject(doc) ? doc.watch : undefined, KNOWN_BODY_FIELDS) });

export function withUnknownWatchFields(doc: WatchDoc, unknown: UnknownFields | undefined): WatchDoc {
  if (!unknown) return doc;
  return { ...unknown.doc, ...doc, watch: { ...unknown.clipping, ...doc.watch } };
}

/** Does any object in the value have a key naming a prototype (what JSON.parse makes of "__proto__")? */
function namesPrototype(value: unknown, depth = 0): boolean {
  if (!isObject(value) || depth > 2) return false;
  return Object.keys(value).some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype' || namesPrototype(value[key], depth + 1));
}

export type WatchVerdict = { ok: true; row: WatchRow } | { ok: false; reason: SetAsideReason };

/** Checks a live watch document under the id it is stored at. */
export async function checkWatchDoc(doc: { _id: string }, now: number): Promise<WatchVerdict> {
  const fields = doc as { _id: string } & Record<string, unknown>;
  let body: WatchBody;
  let row: WatchRow;
  try {
    if (fields.kind !== WATCH_DOC_KIND || namesPrototype(fields)) throw new ValidationError('', 'not a watch document');
    if (new TextEncoder().encode(JSON.stringify(fields)).length > WATCH_DOC_BYTES) throw new ValidationError('', 'too large');
    body = checkBody(fields.watch, 'watch');
    row = watchRowOf(body, 'watch');
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, reason: 'unreadable' };
    throw error;
  }
  if ((await watchDocId(row.key)) !== doc._id) return { ok: false, reason: 'wrong-id' };
  const removed = body.removedAt === undefined ? {} : { removedAt: Date.parse(body.removedAt) };
  return { ok: true, row: clampWatch({ ...row, ...removed }, now + CLOCK_SKEW_MS) };
}
