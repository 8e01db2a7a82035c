/**
 * Upgrades from every schema the extension has shipped, with data in it.
 * Each version in SCHEMA_VERSIONS has a fixture here: `seed` writes rows the
 * way a build at that version wrote them (raw, through a Dexie that knows only
 * the history up to it), `check` reads them back through today's code. When a
 * version is added, the previous newest keeps its fixture, and this test then
 * upgrades real clippings across the change.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getRecord, readRecords, saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb, declareSchema, SCHEMA_VERSIONS } from '@/lib/store/db';
import { toRows } from '@/lib/store/derive';
import { listRecent } from '@/lib/store/recent';
import type { ClippingRecord } from '@/lib/store/types';
import { BINH, clippingInput, KL57, NGHIA, NQ47 } from '../../support/clippings';
import { searchAll } from './helpers';

interface Fixture {
  seed(db: Dexie): Promise<void>;
  check(db: AnnotatorDb): Promise<void>;
}

const page = { url: 'https://nhandan.vn/bai-cu', title: 'Bài đọc trước khi có bộ sưu tập', site: 'nhandan.vn', officials: 2, directives: 1, isForeignInfo: true, score: 0.7 };

/** What a build at version 2 held: notes, tags, an article with no finding, quotes, backslashes and an astral character. */
const v2Records: ClippingRecord[] = [
  {
    ...clippingInput({ canonicalUrl: 'https://baoquocte.vn/bai-luu.html', url: 'https://baoquocte.vn/bai-luu.html', spec: { officials: [NGHIA], directives: [KL57] } }),
    id: 'clip-from-v2',
    clippedAt: Date.UTC(2024, 9, 1),
    updatedAt: Date.UTC(2024, 9, 2),
    note: 'Ghi chú viết ở phiên bản 2',
    tags: ['lưu trữ'],
  },
  {
    ...clippingInput({ author: null, published: null, text: 'Giá vàng hôm nay 𝕏 — "ngoặc" \\ gạch\nDòng hai', spec: {} }),
    id: 'clip-from-v2-plain',
    clippedAt: Date.UTC(2024, 9, 3),
    updatedAt: Date.UTC(2024, 9, 3),
    note: 'Trích: "không phải HTML" <b>',
    tags: ['TTĐN', 'Quý IV'],
  },
  {
    ...clippingInput({ spec: { officials: [BINH], directives: [NQ47], foreignInfo: false, score: 0.2 } }),
    id: 'clip-from-v2-third',
    clippedAt: Date.UTC(2024, 8, 30),
    updatedAt: Date.UTC(2024, 9, 5),
    note: '',
    tags: [],
  },
];

const v3Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://nhandan.vn/bai-v3.html', url: 'https://nhandan.vn/bai-v3.html', spec: { officials: [BINH], directives: [NQ47] } }),
  id: 'clip-from-v3',
  clippedAt: Date.UTC(2025, 0, 1),
  updatedAt: Date.UTC(2025, 0, 1),
  note: 'Ghi chú mới nhất',
  tags: ['mới'],
};

const FIXTURES: Record<number, Fixture> = {
  1: {
    async seed(db) {
      await db.table('recent').put({ ...page, seenAt: 5 });
    },
    async check(db) {
      await expect(listRecent(db)).resolves.toEqual([{ ...page, seenAt: 5 }]);
      // The new tables work on the upgraded database.
      const { created } = await saveClipping(db, clippingInput());
      expect(created).toBe(true);
    },
  },
  2: {
    async seed(db) {
      for (const record of v2Records) {
        // Cards kept their shape in version 3; the bodies are written as version 2 wrote them.
        await db.table('clippings').put(toRows(record).card);
        await db.table('bodies').put({ id: record.id, text: record.text, analysis: record.analysis });
        await db.table('searchTexts').put(toRows(record).search);
      }
    },
    async check(db) {
      const newestFirst = [...v2Records].sort((a, b) => b.clippedAt - a.clippedAt);
      await expect(readRecords(db, v2Records.map((r) => r.id))).resolves.toEqual(newestFirst);
      for (const record of v2Records) await expect(getRecord(db, record.id)).resolves.toEqual(record);
      expect(db.tables.map((t) => t.name)).not.toContain('bodies');
      await expect(db.clippings.where('directives').equals('57-KL/TW').primaryKeys()).resolves.toEqual(['clip-from-v2']);
      await expect(searchAll(db, 'phiên bản 2')).resolves.toEqual(new Set(['clip-from-v2']));
      await expect(searchAll(db, 'quý iv')).resolves.toEqual(new Set(['clip-from-v2-plain']));
    },
  },
  3: {
    async seed(db) {
      const { card, line, search } = toRows(v3Record);
      await db.table('clippings').put(card);
      await db.table('records').put(line);
      await db.table('searchTexts').put(search);
    },
    async check(db) {
      await expect(getRecord(db, v3Record.id)).resolves.toEqual(v3Record);
      await expect(db.clippings.where('directives').equals('47/NQ-CP').primaryKeys()).resolves.toContain(v3Record.id);
      await expect(searchAll(db, 'ghi chú mới nhất')).resolves.toEqual(new Set([v3Record.id]));
    },
  },
};

/** The database as a build at that version opened it. */
function declaredUpTo(name: string, version: number): Dexie {
  const db = new Dexie(name);
  declareSchema(
    db,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  return db;
}

describe('schema migrations', () => {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
  });

  it('has a fixture for every schema version, so no version can ship untested', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('opens a database filled at version %i with nothing lost', async (version) => {
    const name = `migrate-${version}-${crypto.randomUUID()}`;
    names.push(name);
    const old = declaredUpTo(name, version);
    await FIXTURES[version]!.seed(old);
    old.close();

    const db = new AnnotatorDb(name);
    await FIXTURES[version]!.check(db);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    db.close();
  });

  it('keeps clippings across every upgrade in turn, each version adding its own', async () => {
    const name = `migrate-all-${crypto.randomUUID()}`;
    names.push(name);
    for (const { version } of SCHEMA_VERSIONS) {
      const step = declaredUpTo(name, version);
      await FIXTURES[version]!.seed(step);
      step.close();
    }
    const db = new AnnotatorDb(name);
    // Newest first: the version 1 check clips a new article, which the others do not expect.
    for (const { version } of [...SCHEMA_VERSIONS].reverse()) await FIXTURES[version]!.check(db);
    db.close();
    const again = new AnnotatorDb(name);
    expect((await readRecords(again)).map((r) => r.id)).toEqual(expect.arrayContaining([...v2Records, v3Record].map((r) => r.id)));
    await expect(listRecent(again)).resolves.toHaveLength(1);
    again.close();
  });
});
