/**
 * What the collection's buttons do. Edits and deletions go through the
 * background, which owns writes. Import runs here, in the page: a file of
 * 10 000 articles is larger than a runtime message may be (64 MiB in Chrome),
 * and one transaction in this same origin keeps it all-or-nothing.
 */
import { request } from '@/lib/messaging/messages';
import type { AnnotatorDb } from '@/lib/store/db';
import { refreshCollectionHead } from '@/lib/collection/head';
import { importFile, type ImportOptions, type ImportReport } from '@/lib/store/import';
import type { ExportedClipping } from '@/lib/clipping/types';
import type { RestoreResult } from '@/lib/store/restore';

export const parseTags = (text: string): string[] => text.split(',');

export async function saveNoteAndTags(id: string, note: string, tags: string[]): Promise<void> {
  await request({ type: 'clip:update', id, note, tags });
}

/** Deletes and returns the clipping, for undo. */
export async function deleteForUndo(id: string): Promise<ExportedClipping> {
  return (await request({ type: 'clip:delete', id })).clipping;
}

/** Puts a deleted clipping back, or its words into the clipping clipped again meanwhile: the answer says which. */
export function undoDelete(clipping: ExportedClipping): Promise<RestoreResult> {
  return request({ type: 'clip:restore', clipping });
}

/** Imports a file with progress and cancel (see importFile); cancelled or failed, nothing changed. */
export async function importFromFile(db: AnnotatorDb, file: Blob, options: ImportOptions = {}): Promise<ImportReport> {
  const report = await importFile(db, await file.text(), options);
  await refreshCollectionHead(db);
  return report;
}
