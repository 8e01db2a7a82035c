import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecords, saveClipping, updateClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import schema from '@/lib/clipping/export.schema.json';
import { EXPORT_FORMAT, EXPORT_VERSION, ImportFileError } from '@/lib/clipping/export-format';
import { importFile } from '@/lib/store/import';
import { indexSearch } from '@/lib/store/search-index';
import { NOTE_SEPARATOR } from '@/lib/clipping/user-words';
import { BINH, clippingInput, HD111, KL57, NGHIA, NQ47 } from '../../../scripts/support/clippings';
import { fileText, freshDb } from '../../helpers/db';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateFile = ajv.compile(schema);

async function fill(db: AnnotatorDb) {
  const a = await saveClipping(db, clippingInput({ spec: { officials: [NGHIA, BINH], directives: [KL57, NQ47] } }), Date.UTC(2024, 7, 7, 2));
  await updateClipping(db, a.id, { note: 'Ghi chú: "trích" <b>không phải HTML</b>\nDòng hai', tags: ['TTĐN', 'Quý III'] }, Date.UTC(2024, 7, 8));
  await saveClipping(db, clippingInput({ author: null, published: '2024-08-09', spec: { officials: [], directives: [HD111], foreignInfo: false } }), Date.UTC(2024, 7, 9));
  await saveClipping(db, clippingInput({ text: 'Giá vàng hôm nay 𝕏 — "ngoặc" \\ gạch', spec: {} }), Date.UTC(2024, 7, 10));
}

describe('export and import', () => {
  let db: AnnotatorDb;
  let other: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
    other = freshDb();
  });
  afterEach(async () => {
    await Promise.all([db.delete(), other.delete()]);
  });

  it('writes a file that the committed JSON Schema accepts', async () => {
    await fill(db);
    const file = JSON.parse(await fileText(db));
    expect(validateFile(file), ajv.errorsText(validateFile.errors)).toBe(true);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 3, exportedAt: '2024-08-11T00:00:00.000Z' });
    expect(file.clippings).toHaveLength(3);
    expect(file.clippings[2]).toMatchObject({ clippedAt: '2024-08-07T02:00:00.000Z', updatedAt: '2024-08-08T00:00:00.000Z', tags: ['TTĐN', 'Quý III'] });
  });

  it('the schema refuses what import refuses', async () => {
    await fill(db);
    const file = JSON.parse(await fileText(db));
    const broken = [
      { ...file, format: 'something-else' },
      { ...file, clippings: [{ ...file.clippings[0], canonicalUrl: 'ftp://x' }] },
      { ...file, clippings: [{ ...file.clippings[0], title: undefined }] },
      { ...file, clippings: [{ ...file.clippings[0], clippedAt: 'yesterday' }] },
    ];
    for (const bad of broken) expect(validateFile(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });

  it('exports only the chosen clippings when given the filtered ids', async () => {
    await fill(db);
    const [first] = await readRecords(db);
    const file = JSON.parse(await fileText(db, [first!.id]));
    expect(file.clippings.map((c: { id: string }) => c.id)).toEqual([first!.id]);
  });

  it('export then import into an empty collection gives back the identical collection', async () => {
    await fill(db);
    const report = await importFile(other, await fileText(db));
    expect(report).toEqual({ added: 3, updated: 0, wordsMerged: 0, changed: [], skipped: [], rejected: [], watch: { added: 0, removed: 0, rejected: 0 }, indexing: 3 });
    expect(await readRecords(other)).toEqual(await readRecords(db));
    expect(await other.clippings.toArray()).toEqual(expect.arrayContaining(await db.clippings.toArray()));
    // The search words follow, from the search index job.
    await indexSearch(other);
    expect(await other.searchTexts.toArray()).toEqual(expect.arrayContaining(await db.searchTexts.toArray()));
  });

  it('merges by canonical URL: new ones added, newer copies update, older ones bring their words, and only nothing new is skipped', async () => {
    await fill(db);
    const file = JSON.parse(await fileText(db));
    const [newest, middle, oldest] = file.clippings;
    // The collection already holds: the oldest one, edited later than the file's copy;
    // the middle one, edited earlier than the file's copy.
    await importFile(other, JSON.stringify({ ...file, clippings: [oldest, middle] }));
    const [otherMiddle] = await readRecords(other, [middle.id]);
    await updateClipping(other, otherMiddle!.id, { note: 'cũ', tags: [] }, Date.UTC(2024, 0, 1));
    await updateClipping(other, oldest.id, { note: 'sửa sau khi xuất', tags: [] }, Date.UTC(2025, 0, 1));

    const report = await importFile(other, JSON.stringify(file), { now: Date.UTC(2025, 1, 1) });
    expect(report.added).toBe(1);
    expect(report.updated).toBe(1);
    // The file's copy of the oldest is older than the collection's, but its note and tags are words the collection lacks.
    expect(report.wordsMerged).toBe(1);
    expect(report.skipped).toEqual([]);
    expect(report.changed).toContainEqual({
      id: oldest.id,
      canonicalUrl: oldest.canonicalUrl,
      title: oldest.title,
      changes: [{ field: 'note', how: 'merged' }, { field: 'tags', added: ['TTĐN', 'Quý III'], left: [] }],
    });
    const byId = new Map((await readRecords(other)).map((r) => [r.id, r]));
    expect(byId.get(oldest.id)).toMatchObject({ note: `sửa sau khi xuất${NOTE_SEPARATOR}${oldest.note}`, tags: ['TTĐN', 'Quý III'], updatedAt: Date.UTC(2025, 1, 1) });
    // The file's copy is newer but has no note: the collection's note stays (the user's words are kept).
    expect(byId.get(middle.id)?.note).toBe('cũ');
    expect(byId.get(middle.id)?.updatedAt).toBe(Date.parse(middle.updatedAt));
    expect(byId.get(newest.id)?.title).toBe(newest.title);

    // The same file again: nothing new in any copy, so each is skipped and nothing changes.
    const before = await readRecords(other);
    const again = await importFile(other, JSON.stringify(file), { now: Date.UTC(2025, 1, 2) });
    expect(again).toMatchObject({ added: 0, updated: 0, wordsMerged: 0, changed: [] });
    expect(again.skipped.map((s) => s.canonicalUrl).sort()).toEqual([newest, middle, oldest].map((c) => c.canonicalUrl).sort());
    expect(await readRecords(other)).toEqual(before);
  });

  it('rejects invalid records with their reasons and imports the rest', async () => {
    await fill(db);
    const file = JSON.parse(await fileText(db));
    file.clippings[1] = { ...file.clippings[1], text: 123 };
    file.clippings.push({ hello: 'world' });
    const report = await importFile(other, JSON.stringify(file));
    expect(report.added).toBe(2);
    expect(report.rejected).toEqual([
      { index: 1, reason: 'clippings[1].text: expected a string', path: 'clippings[1].text', problem: 'expected a string' },
      {
        index: 3,
        reason: expect.stringMatching(/^clippings\[3\]\.canonicalUrl: expected a string/),
        path: 'clippings[3].canonicalUrl',
        problem: expect.stringMatching(/^expected a string/),
      },
    ]);
    await expect(other.clippings.count()).resolves.toBe(2);
  });

  it.each([
    ['not JSON', 'this is not { json', 'not-json'],
    ['another program’s JSON', JSON.stringify({ bookmarks: [] }), 'foreign'],
    ['a Dexie backup', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: {} }), 'foreign'],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, exportedAt: '2030-01-01T00:00:00Z', clippings: [] }), 'newer-version'],
    ['clippings that are not a list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2024-01-01T00:00:00Z', clippings: {} }), 'malformed'],
  ])('refuses %s with a clear error and changes nothing', async (_label, text, problem) => {
    await fill(other);
    const before = await readRecords(other);
    const attempt = importFile(other, text);
    await expect(attempt).rejects.toBeInstanceOf(ImportFileError);
    await expect(attempt).rejects.toMatchObject({ problem });
    expect(await readRecords(other)).toEqual(before);
  });

  it('gives a fresh id to an imported article whose id another article already uses', async () => {
    await fill(db);
    const file = JSON.parse(await fileText(db));
    const clash = { ...file.clippings[0], canonicalUrl: 'https://tuoitre.vn/khac.htm', url: 'https://tuoitre.vn/khac.htm' };
    const report = await importFile(db, JSON.stringify({ ...file, clippings: [clash] }));
    expect(report.added).toBe(1);
    await expect(db.clippings.count()).resolves.toBe(4);
    const original = (await readRecords(db, [file.clippings[0].id]))[0];
    expect(original?.canonicalUrl).toBe(file.clippings[0].canonicalUrl);
  });
});
