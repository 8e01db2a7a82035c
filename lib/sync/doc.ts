/**
 * A clipping as a replicated document. The document id comes from the
 * canonical URL, not from the clipping's random id: two people who clip the
 * same article on two machines get two ids but one document, so their
 * copies meet (and merge) instead of doubling. The body is the clipping as
 * the export file carries it, and what arrives is checked by the same rules
 * as an import: another member's document is not trusted more than a file.
 */
import { canonicalUrlKey } from '../clipping/canonical-url';
import { fromExported, toExported } from '../clipping/export-format';
import type { ClippingRecord, ExportedClipping } from '../clipping/types';
import { checkExportedClipping } from '../clipping/validate-clipping';
import { frozenUrlKey } from './frozen-url-key';

export const DOC_KIND = 'ttdn-clipping';

export interface ClippingDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  kind: typeof DOC_KIND;
  clipping: ExportedClipping;
  /**
   * Set by the member whose engine settled a conflict in this revision, so every
   * member's collection shows it until someone edits the clipping again:
   * 'words' two notes kept side by side; 'deleted' deleted by one, edited by another, kept.
   */
  kept?: 'words' | 'deleted';
}

/** The body of a document, as PouchDB types it (the _id and _rev are its own). */
export type ClippingDocBody = Omit<ClippingDoc, '_id' | '_rev' | '_deleted'>;

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The document id of a canonical URL: fixed length, nothing to escape in a URL, the
 * same on every machine and in every version (the rule it hashes by is frozen).
 */
export async function docIdOf(canonicalUrl: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(frozenUrlKey(canonicalUrl)));
  return `clip-${hex(digest)}`;
}

export const toDoc = (docId: string, record: ClippingRecord, kept?: ClippingDoc['kept']): ClippingDoc => ({
  _id: docId,
  kind: DOC_KIND,
  clipping: toExported(record),
  ...(kept ? { kept } : {}),
});

/** The clipping a document carries, or null when it is not one of ours or breaks the import rules. */
export function fromDoc(doc: unknown): ClippingRecord | null {
  if (!doc || typeof doc !== 'object' || (doc as ClippingDoc).kind !== DOC_KIND) return null;
  try {
    return fromExported(checkExportedClipping((doc as ClippingDoc).clipping, 'clipping'));
  } catch {
    return null;
  }
}
