/**
 * The watch list travels through export and import: a file carries the
 * stars and the stars taken away, an import adds the stars the collection
 * lacks and keeps its own, a removal made elsewhere later than the star here
 * takes it away (and one made here stays), a bad entry is refused on its own,
 * and a file from before the watch list (or its removals) travelled still imports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { EXPORT_FORMAT, EXPORT_VERSION } from '@/lib/clipping/export-format';
import schema from '@/lib/clipping/export.schema.json';
import { saveClipping } from '@/lib/store/clippings';
import { exportFile } from '@/lib/export/download';
import type { AnnotatorDb } from '@/lib/store/db';
import { importFile } from '@/lib/store/import';
import { setWatched, watchList } from '@/lib/store/watch';
import { clippingInput } from '../../../scripts/support/clippings';
import { freshDb } from '../../helpers/db';

/** The file the collection's export writes. */
const fileOf = async (db: AnnotatorDb) => new Blob((await exportFile(db, undefined, new Date(Date.UTC(2025, 0, 2)))).parts).text();
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

  it('carries a star taken away: imported into a collection holding the star, it stays unstarred', async () => {
    await setWatched(theirs, 'official', 'Nguyễn Trọng Nghĩa', true, Date.UTC(2025, 0, 1));
    await setWatched(theirs, 'directive', '57-KL/TW', true, Date.UTC(2025, 0, 1));
    await setWatched(theirs, 'official', 'Nguyễn Trọng Nghĩa', false, Date.UTC(2025, 0, 3));
    // Mine starred the same person (the other tone placement, NFD) before that removal.
    await setWatched(mine, 'official', 'Nguyễn Trọng Nghĩa'.normalize('NFD'), true, Date.UTC(2025, 0, 2));

    const file = await fileOf(theirs);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    expect(ajv.validate(schema, JSON.parse(file)), ajv.errorsText()).toBe(true);
    // The removal is in a list of its own: an older reader, which reads only `watch`, sees no star to bring back.
    const data = JSON.parse(file) as { watch: { label: string }[]; unwatched: { label: string; removedAt: string }[] };
    expect(data.watch.map((w) => w.label)).toEqual(['57-KL/TW']);
    expect(data.unwatched).toMatchObject([{ label: 'Nguyễn Trọng Nghĩa', removedAt: '2025-01-03T00:00:00.000Z' }]);

    await expect(importFile(mine, file)).resolves.toMatchObject({ watch: { added: 1, removed: 1, rejected: 0 } });
    await expect(labels(mine)).resolves.toEqual(['directive 57-KL/TW']);
    // And it stays so when a file made before the removal comes in.
    await expect(importFile(mine, JSON.stringify({ ...data, unwatched: undefined, watch: [{ kind: 'official', label: 'Nguyễn Trọng Nghĩa', starredAt: '2025-01-02T00:00:00.000Z' }] }))).resolves.toMatchObject({ watch: { added: 0, removed: 0 } });
    await expect(labels(mine)).resolves.toEqual(['directive 57-KL/TW']);
  });

  it('a removal in a file loses to a later star here and wins a tie', async () => {
    await setWatched(theirs, 'official', 'Lê Hải Bình', true, Date.UTC(2025, 0, 1));
    await setWatched(theirs, 'official', 'Lê Hải Bình', false, Date.UTC(2025, 0, 3));
    await setWatched(theirs, 'directive', '57-KL/TW', true, Date.UTC(2025, 0, 1));
    await setWatched(theirs, 'directive', '57-KL/TW', false, Date.UTC(2025, 0, 3));
    await setWatched(mine, 'official', 'Lê Hải Bình', true, Date.UTC(2025, 0, 4));
    await setWatched(mine, 'directive', '57-KL/TW', true, Date.UTC(2025, 0, 3));
    await expect(importFile(mine, await fileOf(theirs))).resolves.toMatchObject({ watch: { added: 0, removed: 1, rejected: 0 } });
    await expect(labels(mine)).resolves.toEqual(['official Lê Hải Bình']);
  });

  it('refuses a bad removal on its own', async () => {
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2025-01-02T00:00:00.000Z',
      watch: [],
      unwatched: [
        { kind: 'official', label: 'Lại Xuân Môn', starredAt: '2025-01-01T00:00:00.000Z' },
        { kind: 'official', label: 'Lê Hải Bình', starredAt: '2025-01-01T00:00:00.000Z', removedAt: 'hôm qua' },
        { kind: 'official', label: 'Lê Hải Bình', starredAt: '2025-01-01T00:00:00.000Z', removedAt: '2025-01-02T00:00:00.000Z' },
      ],
      clippings: [],
    });
    await setWatched(mine, 'official', 'Lê Hải Bình', true, Date.UTC(2025, 0, 1));
    await expect(importFile(mine, file)).resolves.toMatchObject({ watch: { added: 0, removed: 1, rejected: 2 } });
    await expect(labels(mine)).resolves.toEqual([]);
  });
});
