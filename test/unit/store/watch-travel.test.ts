/**
 * The watch list travels through export and import: a file carries the
 * stars, an import adds the ones the collection lacks and keeps its own, a
 * bad entry is refused on its own, and a file from before the watch list
 * travelled still imports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { EXPORT_FORMAT, EXPORT_VERSION, exportParts } from '@/lib/clipping/export-format';
import { toExportedWatch } from '@/lib/clipping/watch-export';
import schema from '@/lib/clipping/export.schema.json';
import { readLines, saveClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { importFile } from '@/lib/store/import';
import { setWatched, watchList } from '@/lib/store/watch';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

const fileOf = async (db: AnnotatorDb) => new Blob(exportParts(await readLines(db), new Date(Date.UTC(2025, 0, 2)), toExportedWatch(await watchList(db)))).text();
const labels = async (db: AnnotatorDb) => (await watchList(db)).map((row) => `${row.kind} ${row.label}`).sort();

describe('the watch list in export files', () => {
  let mine: AnnotatorDb;
  let theirs: AnnotatorDb;
  beforeEach(() => {
    mine = freshDb();
    theirs = freshDb();
  });
  afterEach(async () => {
    await Promise.all([mine.delete(), theirs.delete()]);
  });

  it('carries the stars, and an import adds the file’s to the collection’s own, losing none', async () => {
    await saveClipping(theirs, clippingInput(), 1);
    await setWatched(theirs, 'official', 'Nguyễn Trọng Nghĩa', true, Date.UTC(2025, 0, 1));
    await setWatched(theirs, 'directive', '57-KL/TW', true, Date.UTC(2025, 0, 1));
    // Mine has one of the same (written NFD, the other tone placement would meet too) and one of its own.
    await setWatched(mine, 'official', 'Nguyễn Trọng Nghĩa'.normalize('NFD'), true, Date.UTC(2024, 5, 1));
    await setWatched(mine, 'official', 'Lê Hải Bình', true, Date.UTC(2024, 5, 1));

    const file = await fileOf(theirs);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    expect(ajv.validate(schema, JSON.parse(file)), ajv.errorsText()).toBe(true);

    const report = await importFile(mine, file);
    expect(report).toMatchObject({ added: 1, watch: { added: 1, rejected: 0 } });
    await expect(labels(mine)).resolves.toEqual(['directive 57-KL/TW', 'official Lê Hải Bình', 'official Nguyễn Trọng Nghĩa']);
    // The star mine had is kept as it was, not replaced by the file's.
    expect((await watchList(mine)).find((row) => row.label.startsWith('Nguy'))!.starredAt).toBe(Date.UTC(2024, 5, 1));
    // Imported again: nothing new.
    await expect(importFile(mine, file)).resolves.toMatchObject({ watch: { added: 0, rejected: 0 } });
  });

  it('refuses a bad entry on its own and imports the rest of the file', async () => {
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2025-01-02T00:00:00.000Z',
      watch: [
        { kind: 'official', label: 'Lại Xuân Môn', starredAt: '2025-01-01T00:00:00.000Z' },
        { kind: 'site', label: 'nhandan.vn', starredAt: '2025-01-01T00:00:00.000Z' },
        { kind: 'official', label: '   ', starredAt: '2025-01-01T00:00:00.000Z' },
        { kind: 'directive', label: 'x'.repeat(301), starredAt: '2025-01-01T00:00:00.000Z' },
        { kind: 'directive', label: '57-KL/TW', starredAt: 'yesterday' },
        null,
      ],
      clippings: [],
    });
    await expect(importFile(mine, file)).resolves.toMatchObject({ added: 0, rejected: [], watch: { added: 1, rejected: 5 } });
    await expect(labels(mine)).resolves.toEqual(['official Lại Xuân Môn']);
  });

  it('a star taken away stays away when a file made before is imported again, and a later star in a file comes back', async () => {
    await setWatched(mine, 'official', 'Lê Hải Bình', true, Date.UTC(2025, 0, 1));
    const before = await fileOf(mine);
    await setWatched(mine, 'official', 'Lê Hải Bình', false, Date.UTC(2025, 0, 2));
    await expect(importFile(mine, before)).resolves.toMatchObject({ watch: { added: 0, rejected: 0 } });
    await expect(labels(mine)).resolves.toEqual([]);
    // Starred again elsewhere after the removal: that star stands.
    await setWatched(theirs, 'official', 'Lê Hải Bình', true, Date.UTC(2025, 0, 3));
    await expect(importFile(mine, await fileOf(theirs))).resolves.toMatchObject({ watch: { added: 1 } });
    await expect(labels(mine)).resolves.toEqual(['official Lê Hải Bình']);
  });

  it('still imports a file made before the watch list travelled', async () => {
    await saveClipping(theirs, clippingInput(), 1);
    const old = JSON.parse(await fileOf(theirs)) as Record<string, unknown>;
    delete old.watch;
    await expect(importFile(mine, JSON.stringify(old))).resolves.toMatchObject({ added: 1, watch: { added: 0, rejected: 0 } });
  });
});
