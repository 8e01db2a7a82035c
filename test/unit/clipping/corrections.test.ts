/**
 * The user's corrections live with the clipping record: a finding marked wrong
 * stays so after the database is opened again, after re-analysis and after a
 * re-clip; an export and an import keep them (format 2), both sides' when the
 * import replaces a clipping; and a version 1 file still imports.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctClipping, getRecord, saveClipping } from '@/lib/store/clippings';
import { correctedFindings } from '@/lib/clipping/corrections';
import { AnnotatorDb } from '@/lib/store/db';
import schema from '@/lib/clipping/export.schema.json';
import { EXPORT_FORMAT } from '@/lib/clipping/export-format';
import { importFile } from '@/lib/store/import';
import { officialsCsv } from '@/lib/export/csv';
import { officialPageKey, officialProfile } from '@/lib/research/official';
import { reanalyseCollection } from '@/lib/store/reanalyse';
import { analysisOf, BINH, clippingInput, KL57, NGHIA } from '../../../scripts/support/clippings';
import { fileText, freshDb } from '../../helpers/db';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateFile = ajv.compile(schema);


/** A clipping naming Nghĩa and Bình and citing 57-KL/TW, with Bình marked wrong and a person added from the text. */
async function corrected(db: AnnotatorDb) {
  const base = clippingInput({ spec: { officials: [NGHIA, BINH], directives: [KL57] } });
  const text = `${base.text}\n\nBà Trần Thu Hà dự buổi làm việc.`;
  const final = { ...base, text, analysis: analysisOf(text, { officials: [NGHIA, BINH], directives: [KL57] }) };
  const { id } = await saveClipping(db, final, Date.UTC(2024, 7, 1));
  const at = final.text.indexOf('Trần Thu Hà');
  await correctClipping(db, id, { op: 'reject', kind: 'official', label: 'LÊ HẢI BÌNH' }, Date.UTC(2024, 7, 2));
  await correctClipping(db, id, { op: 'add-official', official: { name: 'Trần Thu Hà', titles: [], mentions: [{ start: at, end: at + 11 }] } }, Date.UTC(2024, 7, 3));
  return { id, input: final };
}

const names = (record: Parameters<typeof correctedFindings>[0]) => correctedFindings(record).officials.map((o) => o.name);

describe('corrections kept with the clipping', () => {
  let db: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a finding marked wrong stays hidden after the database is opened again (a reload)', async () => {
    const { id } = await corrected(db);
    db.close();
    const reopened = new AnnotatorDb(db.name);
    const record = await getRecord(reopened, id);
    expect(names(record!)).toEqual(['Nguyễn Trọng Nghĩa', 'Trần Thu Hà']);
    expect(record!.corrections?.rejected.officials).toEqual(['LÊ HẢI BÌNH']);
    // The analysis itself is untouched: the correction is the user's, beside it.
    expect(record!.analysis.officials.map((o) => o.name)).toContain('Lê Hải Bình');
    expect(record!.updatedAt).toBe(Date.UTC(2024, 7, 3));
    reopened.close();
  });

  it('survives re-analysis, which finds the rejected official again', async () => {
    const { id } = await corrected(db);
    await reanalyseCollection(db, (text) => analysisOf(text, { officials: [NGHIA, BINH], directives: [KL57] }), { generation: 99 });
    const record = await getRecord(db, id);
    expect(names(record!)).toEqual(['Nguyễn Trọng Nghĩa', 'Trần Thu Hà']);
  });

  it('survives a re-clip of the article; the added mention follows the words into the new text', async () => {
    const { id, input } = await corrected(db);
    const text = `Cập nhật lúc 10 giờ.\n\n${input.text}`;
    await saveClipping(db, { ...input, text, analysis: analysisOf(text, { officials: [NGHIA, BINH], directives: [KL57] }) }, Date.UTC(2024, 7, 5));
    const record = (await getRecord(db, id))!;
    expect(names(record)).toEqual(['Nguyễn Trọng Nghĩa', 'Trần Thu Hà']);
    const [mention] = record.corrections!.added.officials[0]!.mentions;
    expect(record.text.slice(mention!.start, mention!.end)).toBe('Trần Thu Hà');
  });

  it('the library’s facets, the official’s page and the exports for other tools follow the corrections', async () => {
    const { id } = await corrected(db);
    await expect(db.clippings.get(id)).resolves.toMatchObject({ officials: ['Nguyễn Trọng Nghĩa', 'Trần Thu Hà'], directives: ['57-KL/TW'] });
    await expect(db.clippings.where('officialKeys').equals(officialPageKey('Lê Hải Bình')).count()).resolves.toBe(0);
    const records = [(await getRecord(db, id))!];
    expect(officialProfile(records, 'Trần Thu Hà')?.appearances).toHaveLength(1);
    expect(officialProfile(records, 'Lê Hải Bình')).toBeNull();
    expect(officialsCsv(records)).toContain('Trần Thu Hà');
    expect(officialsCsv(records)).not.toContain('Lê Hải Bình');
  });

  it('taking a mark back, and removing an addition, leave no corrections at all', async () => {
    const { id } = await corrected(db);
    await correctClipping(db, id, { op: 'unreject', kind: 'official', label: 'Lê Hải Bình' });
    await correctClipping(db, id, { op: 'remove-added', kind: 'official', label: 'trần thu hà' });
    const record = (await getRecord(db, id))!;
    expect(record.corrections).toBeUndefined();
    expect(names(record)).toEqual(['Nguyễn Trọng Nghĩa', 'Lê Hải Bình']);
  });
});

describe('export and import keep the corrections', () => {
  let db: AnnotatorDb;
  let other: AnnotatorDb;
  beforeEach(() => {
    db = freshDb();
    other = freshDb();
  });
  afterEach(async () => {
    await Promise.all([db.delete(), other.delete()]);
  });

  it('round trip: the file (version 3, valid against the schema) brings them back identical', async () => {
    const { id } = await corrected(db);
    const text = await fileText(db);
    const file = JSON.parse(text);
    expect(validateFile(file), ajv.errorsText(validateFile.errors)).toBe(true);
    expect(file.version).toBe(3);
    expect(file.clippings[0].corrections.rejected.officials).toEqual(['LÊ HẢI BÌNH']);
    await expect(importFile(other, text)).resolves.toMatchObject({ added: 1 });
    expect(await getRecord(other, id)).toEqual(await getRecord(db, id));
    // Byte for byte: the stored line is the file's line.
    expect(await fileText(other)).toBe(text);
  });

  it('a version 1 file (no corrections) still imports', async () => {
    await saveClipping(db, clippingInput({ spec: { officials: [NGHIA], directives: [KL57] } }));
    const file = JSON.parse(await fileText(db));
    const v1 = JSON.stringify({ ...file, version: 1 });
    expect(validateFile(JSON.parse(v1))).toBe(true);
    await expect(importFile(other, v1)).resolves.toMatchObject({ added: 1, rejected: [] });
    expect((await other.clippings.toArray()).map((c) => c.officials)).toEqual([['Nguyễn Trọng Nghĩa']]);
  });

  it('a newer copy from a file keeps the collection’s corrections beside its own', async () => {
    const { id, input } = await corrected(db);
    const exported = JSON.parse(await fileText(db));
    // Elsewhere, the same clipping got other corrections: 57-KL/TW marked wrong, Bình not.
    const theirs = {
      ...exported.clippings[0],
      updatedAt: '2024-09-01T00:00:00.000Z',
      corrections: { rejected: { officials: [], directives: ['57-kl/tw'] }, added: { officials: [], directives: [] } },
    };
    const report = await importFile(db, JSON.stringify({ ...exported, clippings: [theirs] }));
    expect(report.changed[0]?.changes).toContainEqual({ field: 'corrections' });
    const record = (await getRecord(db, id))!;
    expect(record.corrections).toEqual({
      rejected: { officials: ['LÊ HẢI BÌNH'], directives: ['57-kl/tw'] },
      added: { officials: [{ name: 'Trần Thu Hà', titles: [], mentions: [{ start: input.text.indexOf('Trần Thu Hà'), end: input.text.indexOf('Trần Thu Hà') + 11 }] }], directives: [] },
    });
    expect(correctedFindings(record).directives).toEqual([]);
    // A file refers to version 2 and the merged record exports and validates again.
    expect(validateFile(JSON.parse(await fileText(db)))).toBe(true);
  });

  it('the file refuses corrections whose added mention falls outside the text', async () => {
    const { id } = await corrected(db);
    const file = JSON.parse(await fileText(db));
    file.clippings[0].corrections.added.officials[0].mentions = [{ start: 0, end: 10_000_000 }];
    const report = await importFile(other, JSON.stringify(file));
    expect(report.added).toBe(0);
    expect(report.rejected[0]?.reason).toMatch(/corrections\.added\.officials\[0\]\.mentions\[0\]/);
    await expect(getRecord(other, id)).resolves.toBeUndefined();
  });
});
