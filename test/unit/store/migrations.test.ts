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
import { clippingInput, KL57, NGHIA } from '../../support/clippings';
import { searchAll } from './helpers';

interface Fixture {
  seed(db: Dexie): Promise<void>;
  check(db: AnnotatorDb): Promise<void>;
}

const page = { url: 'https://nhandan.vn/bai-cu', title: 'Bài đọc trước khi có bộ sưu tập', site: 'nhandan.vn', officials: 2, directives: 1, isForeignInfo: true, score: 0.7 };

const v2Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://baoquocte.vn/bai-luu.html', url: 'https://baoquocte.vn/bai-luu.html', spec: { officials: [NGHIA], directives: [KL57] } }),
  id: 'clip-from-v2',
  clippedAt: Date.UTC(2024, 9, 1),
  updatedAt: Date.UTC(2024, 9, 2),
  note: 'Ghi chú viết ở phiên bản 2',
  tags: ['lưu trữ'],
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
      const { card, body, search } = toRows(v2Record);
      await db.table('clippings').put(card);
      await db.table('bodies').put(body);
      await db.table('searchTexts').put(search);
    },
    async check(db) {
      await expect(getRecord(db, v2Record.id)).resolves.toEqual(v2Record);
      await expect(db.clippings.where('directives').equals('57-KL/TW').primaryKeys()).resolves.toEqual([v2Record.id]);
      await expect(searchAll(db, 'phiên bản 2')).resolves.toEqual(new Set([v2Record.id]));
    },
  },
};

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
    const old = new Dexie(name);
    declareSchema(
      old,
      SCHEMA_VERSIONS.filter((v) => v.version <= version),
    );
    await FIXTURES[version]!.seed(old);
    old.close();

    const db = new AnnotatorDb(name);
    await FIXTURES[version]!.check(db);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    db.close();
  });

  it('keeps clippings across closing and reopening, and across all versions at once', async () => {
    const name = `migrate-all-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    declareSchema(old, SCHEMA_VERSIONS.slice(0, 1));
    await FIXTURES[1]!.seed(old);
    old.close();
    const db = new AnnotatorDb(name);
    await FIXTURES[2]!.seed(db);
    db.close();
    const again = new AnnotatorDb(name);
    expect((await readRecords(again)).map((r) => r.id)).toContain(v2Record.id);
    await expect(listRecent(again)).resolves.toHaveLength(1);
    again.close();
  });
});
