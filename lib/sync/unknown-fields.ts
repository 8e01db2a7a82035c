/**
 * Fields a newer member wrote that this version does not know. When this
 * member writes a teammate's document back (an edit, a merge, a settled
 * conflict), the clipping it writes holds only the fields it knows; the others,
 * at the top of the document and in its clipping, are carried over from the
 * revision it writes on top of, so a newer member's data survives an older
 * member's edit. Keys starting with "_" belong to the database and are never
 * carried, nor are the keys that name an object's prototype ("__proto__",
 * "constructor", "prototype"). The watch list's documents carry theirs the same way (watch-doc.ts).
 */
import { EXPORTED_FIELDS } from '../clipping/export-format';
import type { ClippingDoc } from './doc';

export interface UnknownFields {
  doc: Record<string, unknown>;
  clipping: Record<string, unknown>;
}

const KNOWN_DOC_FIELDS: ReadonlySet<string> = new Set(['kind', 'clipping', 'kept'] satisfies (keyof ClippingDoc)[]);
const KNOWN_CLIPPING_FIELDS: ReadonlySet<string> = new Set(EXPORTED_FIELDS);

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The fields of an object (a document, its body) that this version does not know, and may carry over. */
export function others(value: unknown, known: ReadonlySet<string>): Record<string, unknown> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('_') && !PROTOTYPE_KEYS.has(key) && !known.has(key)));
}

/** What a stored revision holds that this version does not know. */
export function unknownFields(doc: unknown): UnknownFields {
  return { doc: others(doc, KNOWN_DOC_FIELDS), clipping: others(isObject(doc) ? doc.clipping : undefined, KNOWN_CLIPPING_FIELDS) };
}

/** The document this version writes, with the unknown fields of the revision it replaces carried over; ours win a clash. */
export function withUnknownFields<D extends ClippingDoc>(doc: D, unknown: UnknownFields | undefined): D {
  if (!unknown) return doc;
  return { ...unknown.doc, ...doc, clipping: { ...unknown.clipping, ...doc.clipping } };
}
