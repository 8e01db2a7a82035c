/**
 * Properties of the store over generated clippings (any Unicode, dates at
 * every edge, odd URLs): whatever the store accepts, its export re-imports as
 * the identical collection, and delete then undo gives back the identical
 * clipping. Seeds are printed by fast-check when a case fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteClipping, getRecord, readLines, readRecords } from '@/lib/store/clippings';
import { EXPORT_FORMAT, EXPORT_VERSION, exportParts, fromExported, toExported } from '@/lib/clipping/export-format';
import { importFile } from '@/lib/store/import';
import { mergeRecords } from '@/lib/store/merge';
import { restoreClipping } from '@/lib/store/restore';
import type { ExportedClipping } from '@/lib/clipping/types';
import { checkExportedClipping } from '@/lib/clipping/validate-clipping';
import { ValidationError } from '@/lib/base/validate';
import { exportedClippingArb } from '../../helpers/arbitrary-clipping';
import { freshDb } from '../../helpers/db';

const accepted = (clipping: ExportedClipping) => {
  try {
    checkExportedClipping(JSON.parse(JSON.stringify(clipping)), '');
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
};

/** A few clippings the store accepts, as one file. */
const acceptedFile = fc.array(exportedClippingArb.filter(accepted), { minLength: 1, maxLength: 4 });
const fileOf = (clippings: ExportedClipping[]) => JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-01-01T00:00:00.000Z', clippings });

/** Sixty whole databases made, filled and read back: seconds on a busy 2-core machine, past vitest's 5 s default. */
const PROPERTY_TIMEOUT = 30_000;

describe('store properties', () => {
  it('any clipping the store accepts exports and re-imports identical', async () => {
    await fc.assert(
      fc.asyncProperty(acceptedFile, async (clippings) => {
        const first = freshDb();
        const second = freshDb();
        try {
          const report = await importFile(first, fileOf(clippings));
          expect(report.rejected).toEqual([]);
          const stored = await readRecords(first);
          const exported = await new Blob(exportParts(await readLines(first))).text();

          const again = await importFile(second, exported);
          expect(again).toMatchObject({ added: stored.length, rejected: [] });
          expect(await readRecords(second)).toEqual(stored);
          expect(await second.clippings.toArray()).toEqual(await first.clippings.toArray());
          // And into the collection it came from: nothing to change.
          const same = await importFile(first, exported);
          expect(same).toMatchObject({ added: 0, updated: 0, wordsMerged: 0, rejected: [] });
          expect(await readRecords(first)).toEqual(stored);
        } finally {
          await Promise.all([first.delete(), second.delete()]);
        }
      }),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT);

  it('delete then undo always restores the clipping', async () => {
    await fc.assert(
      fc.asyncProperty(acceptedFile, async (clippings) => {
        const db = freshDb();
        try {
          await mergeRecords(db, clippings.map((c) => fromExported(checkExportedClipping(JSON.parse(JSON.stringify(c)), ''))));
          for (const original of await readRecords(db)) {
            const removed = await deleteClipping(db, original.id);
            await expect(getRecord(db, original.id)).resolves.toBeUndefined();
            // Undo sends the deleted clipping back as the background receives it: JSON, validated.
            const sent = checkExportedClipping(JSON.parse(JSON.stringify(toExported(removed))), 'clipping');
            await expect(restoreClipping(db, fromExported(sent))).resolves.toMatchObject({ outcome: 'restored', id: original.id });
            await expect(getRecord(db, original.id)).resolves.toEqual(original);
            await expect(db.trash.count()).resolves.toBe(0);
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT);
});
