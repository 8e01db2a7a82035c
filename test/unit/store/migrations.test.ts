/**
 * Upgrades from every schema the extension has shipped, with data in it.
 * Each version in SCHEMA_VERSIONS has a fixture here: `seed` writes rows the
 * way a build at that version wrote them (raw, through a Dexie that knows only
 * the history up to it), `check` reads them back through today's code. When a
 * version is added, the previous newest keeps its fixture, and this test then
 * upgrades real clippings across the change.
 */
import { targetOf } from '@/lib/clipping/quotes';
import { watchKey } from '@/lib/clipping/watch-key';
import { watchList } from '@/lib/store/watch';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getRecord, readLines, readRecords, saveClipping } from '@/lib/store/clippings';
import { AnnotatorDb, declareSchema, SCHEMA_VERSIONS } from '@/lib/store/db';
import { orderRange } from '@/lib/clipping/research-row';
import { researchRowOf, toRows } from '@/lib/clipping/derive';
import { exportParts } from '@/lib/clipping/export-format';
import { importFile } from '@/lib/store/import';
import { reanalysisPending, type ReanalysisRow } from '@/lib/store/reanalyse';
import { listRecent } from '@/lib/store/recent';
import type { ClippingRecord } from '@/lib/clipping/types';
import { restoreFromTrash } from '@/lib/store/restore';
import { listTrash } from '@/lib/store/trash';
import { BINH, clippingInput, HD111, KL57, MON, NGHIA, NQ47 } from '../../../scripts/support/clippings';
import { freshDb, searchAll } from '../../helpers/db';

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

/** A version 2 card whose body was lost: version 3 left it without a record (missing from every export). */
const v2CardOnly: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://vov.vn/the-khong-than.html', url: 'https://vov.vn/the-khong-than.html', spec: { officials: [NGHIA], directives: [HD111] } }),
  id: 'clip-v2-card-only',
  clippedAt: Date.UTC(2024, 9, 4),
  updatedAt: Date.UTC(2024, 9, 6),
  note: 'Ghi chú còn trên thẻ',
  tags: ['giữ'],
};

/** What version 3 accepted and stored, that today's date rules refuse. */
const v3BadDates: ClippingRecord = {
  ...clippingInput({
    canonicalUrl: 'https://baoquocte.vn/ngay-sai.html',
    url: 'https://baoquocte.vn/ngay-sai.html',
    published: '2024-99-99',
    text: 'Hà Nội, ngày 7/8/2024. Hội nghị quán triệt Hướng dẫn số 111-HD/BTGTW về công tác thông tin đối ngoại.',
    spec: { directives: [{ ...HD111, date: '2024-02-30' }] },
  }),
  id: 'clip-v3-bad-dates',
  // "9999-12-31T23:59:59-23:59" as version 3 stored it: the year 10000.
  clippedAt: Date.parse('9999-12-31T23:59:59-23:59'),
  updatedAt: Date.UTC(2024, 7, 8),
  note: 'Ngày sai nhưng ghi chú đúng',
  tags: ['sửa ngày'],
};

const v3Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://nhandan.vn/bai-v3.html', url: 'https://nhandan.vn/bai-v3.html', spec: { officials: [BINH], directives: [NQ47] } }),
  id: 'clip-from-v3',
  clippedAt: Date.UTC(2025, 0, 1),
  updatedAt: Date.UTC(2025, 0, 1),
  note: 'Ghi chú mới nhất',
  tags: ['mới'],
};

const v4Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://nhandan.vn/bai-v4.html', url: 'https://nhandan.vn/bai-v4.html', spec: { officials: [BINH], directives: [NQ47] } }),
  id: 'clip-from-v4',
  clippedAt: Date.UTC(2025, 5, 1),
  updatedAt: Date.UTC(2025, 5, 2),
  note: 'Ghi chú lần thứ tư',
  tags: ['v4'],
};
const v4Cursor: ReanalysisRow = { key: 'reanalysis', generation: 2, cursor: 'clip-from-v3', done: 3, failed: 0 };

const v6Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://baoquocte.vn/bai-v6.html', url: 'https://baoquocte.vn/bai-v6.html', spec: { officials: [BINH], directives: [NQ47] } }),
  id: 'clip-from-v6',
  clippedAt: Date.UTC(2026, 10, 1),
  updatedAt: Date.UTC(2026, 10, 2),
  note: 'Ghi chú chưa kịp đồng bộ',
  tags: ['v6'],
};
const v7Record: ClippingRecord = {
  // Clipped last, published first: the research pages list it by the article's day.
  ...clippingInput({ canonicalUrl: 'https://vov.vn/bai-v7.html', url: 'https://vov.vn/bai-v7.html', published: '2023-01-05', spec: { officials: [MON], directives: [NQ47] } }),
  id: 'clip-from-v7',
  clippedAt: Date.UTC(2026, 10, 20),
  updatedAt: Date.UTC(2026, 10, 20),
  note: '',
  tags: [],
};

/** Deleted at version 8, in its trash: still restorable, words and all. */
const v8Trashed: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://baoquocte.vn/bai-v8.html', url: 'https://baoquocte.vn/bai-v8.html', spec: { officials: [BINH], directives: [HD111] } }),
  id: 'clip-from-v8-trash',
  clippedAt: Date.UTC(2026, 10, 21),
  updatedAt: Date.UTC(2026, 10, 22),
  note: 'Ghi chú trong thùng rác',
  tags: ['v8'],
};
const V8_TRASHED_AT = Date.UTC(2026, 10, 23);
const v9Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://vov.vn/bai-v9.html', url: 'https://vov.vn/bai-v9.html', published: '2026-11-01', spec: { officials: [MON], directives: [] } }),
  id: 'clip-from-v9',
  clippedAt: Date.UTC(2026, 11, 1),
  updatedAt: Date.UTC(2026, 11, 1),
  note: 'theo dõi',
  tags: ['sao'],
};
/** A starred official, as version 9 wrote the watch list. */
const v9Star = { key: watchKey('official', MON.name), kind: 'official', label: MON.name, starredAt: Date.UTC(2026, 11, 1) };

const v10Record: ClippingRecord = {
  ...clippingInput({ canonicalUrl: 'https://vov.vn/bai-v10.html', url: 'https://vov.vn/bai-v10.html', published: '2026-12-01', spec: { officials: [], directives: [] } }),
  id: 'clip-from-v10',
  clippedAt: Date.UTC(2026, 11, 7),
  updatedAt: Date.UTC(2026, 11, 7),
  note: '',
  tags: [],
};
/** A kept quote with a comment, as version 10 wrote it. */
const v10Quoted: ClippingRecord = {
  ...v10Record,
  quotes: [{ id: 'q1', ...targetOf(v10Record.text, 0, 20)!, comment: 'câu mở đầu', createdAt: '2026-12-07T09:00:00.000Z' }],
};

/** A star taken away and a deleted quote, as version 11 wrote their tombstones. */
const v11Removed = { key: watchKey('official', 'Lê Hải Bình'), kind: 'official', label: 'Lê Hải Bình', starredAt: Date.UTC(2026, 11, 7), removedAt: Date.UTC(2026, 11, 8) };
const v11Record: ClippingRecord = {
  ...v10Record,
  id: 'clip-from-v11',
  canonicalUrl: 'https://vov.vn/bai-v11.html',
  url: 'https://vov.vn/bai-v11.html',
  deletedQuotes: [{ id: 'q2', ...targetOf(v10Record.text, 0, 20)!, comment: 'bỏ', createdAt: '2026-12-07T09:00:00.000Z', deletedAt: '2026-12-08T09:00:00.000Z' }],
};

/** A clipping's four rows written as a build from version 7 on wrote them. */
async function putAllRows(db: Dexie, record: ClippingRecord) {
  const { card, line, search, research } = toRows(record);
  await db.table('clippings').put(card);
  await db.table('records').put(line);
  await db.table('searchTexts').put(search);
  await db.table('research').put(research);
}

/** A fixture of one clipping and one watch row, both found again as written. */
const recordAndWatch = (record: ClippingRecord, row: { key: string }, more?: (db: AnnotatorDb) => Promise<void>): Fixture => ({
  async seed(db) {
    await putAllRows(db, record);
    await db.table('watch').put(row);
  },
  async check(db) {
    await expect(getRecord(db, record.id)).resolves.toEqual(record);
    await expect(db.watch.get(row.key)).resolves.toEqual(row);
    await more?.(db);
  },
});

/** The ids a research page's index lists for a directive, newest first. */
const researchIds = (db: AnnotatorDb, id: string) => {
  const [lower, upper] = orderRange('directive', id);
  return db.research.where('order').between(lower, upper, true, true).primaryKeys();
};

const v6Server = { key: 'server', url: 'https://sync.example-team.vn', database: 'team', username: 'alice', password: 'alice-pw' } as const;

async function upgradeRepairs(db: AnnotatorDb) {
  const row = await db.meta.get('upgradeReport');
  return row?.key === 'upgradeReport' ? row.repairs : [];
}

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
      await db.table('clippings').put(toRows(v2CardOnly).card);
      await db.table('searchTexts').put(toRows(v2CardOnly).search);
    },
    async check(db) {
      // The card without a body is rebuilt from the card: the user's words, the facets, no text.
      const rebuilt = await getRecord(db, v2CardOnly.id);
      expect(rebuilt).toMatchObject({ ...v2CardOnly, text: '', analysis: { officials: [{ name: NGHIA.name, titles: [], mentions: [] }], directives: [{ id: HD111.id, mentions: [] }] } });
      await expect(upgradeRepairs(db)).resolves.toEqual(expect.arrayContaining([{ id: v2CardOnly.id, title: v2CardOnly.title, kind: 'rebuilt' }]));
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
      const bad = toRows(v3BadDates);
      await db.table('clippings').put(bad.card);
      await db.table('records').put(bad.line);
      await db.table('searchTexts').put(bad.search);
    },
    async check(db) {
      await expect(getRecord(db, v3Record.id)).resolves.toEqual(v3Record);
      // Bad dates repaired from what the clipping gives, and reported; the clipping and the user's words kept.
      const mended = await getRecord(db, v3BadDates.id);
      expect(mended).toEqual({
        ...v3BadDates,
        clippedAt: v3BadDates.updatedAt,
        published: '2024-08-07',
        analysis: { ...v3BadDates.analysis, directives: [{ ...v3BadDates.analysis.directives[0]!, date: null }] },
      });
      const { id, title } = v3BadDates;
      await expect(upgradeRepairs(db)).resolves.toEqual(
        expect.arrayContaining([
          { id, title, kind: 'published', from: '2024-99-99', to: '2024-08-07' },
          { id, title, kind: 'clippedAt', from: '+010000-01-01T23:58:59.000Z', to: '2024-08-08T00:00:00.000Z' },
          { id, title, kind: 'directiveDate', directive: HD111.id, from: '2024-02-30' },
        ]),
      );
      // Every clipping now exports, and the export imports whole.
      const other = freshDb();
      const file = await new Blob(exportParts(await readLines(db))).text();
      const report = await importFile(other, file);
      expect(report.rejected).toEqual([]);
      expect(await readRecords(other)).toEqual(await readRecords(db));
      await other.delete();
      await expect(db.clippings.where('directives').equals('47/NQ-CP').primaryKeys()).resolves.toContain(v3Record.id);
      await expect(searchAll(db, 'ghi chú mới nhất')).resolves.toEqual(new Set([v3Record.id]));
    },
  },
  4: {
    async seed(db) {
      const { card, line, search } = toRows(v4Record);
      await db.table('clippings').put(card);
      await db.table('records').put(line);
      await db.table('searchTexts').put(search);
      await db.table('meta').put(v4Cursor);
    },
    async check(db) {
      await expect(getRecord(db, v4Record.id)).resolves.toEqual(v4Record);
      // A re-analysis interrupted part-way is still there to resume.
      await expect(db.meta.get('reanalysis')).resolves.toEqual(v4Cursor);
      await expect(reanalysisPending(db)).resolves.toBe(true);
    },
  },
  6: {
    async seed(db) {
      const { card, line, search } = toRows(v6Record);
      await db.table('clippings').put(card);
      await db.table('records').put(line);
      await db.table('searchTexts').put(search);
      // A change not yet synced, the document of one that was, and the server set up.
      await db.table('outbox').add({ id: v6Record.id, canonicalUrl: v6Record.canonicalUrl, deleted: false });
      await db.table('syncDocs').put({ docId: 'clip-abc', id: 'clip-synced', rev: '3-abc', conflict: 'words' });
      await db.table('sync').put(v6Server);
    },
    async check(db) {
      await expect(getRecord(db, v6Record.id)).resolves.toEqual(v6Record);
      await expect(db.outbox.where('id').equals(v6Record.id).count()).resolves.toBe(1);
      await expect(db.syncDocs.where('conflict').equals('words').primaryKeys()).resolves.toEqual(['clip-abc']);
      await expect(db.sync.get('server')).resolves.toEqual(v6Server);
      // Version 7 derived its research row from the stored record.
      await expect(db.research.get(v6Record.id)).resolves.toEqual(researchRowOf(v6Record));
      await expect(researchIds(db, NQ47.id)).resolves.toContain(v6Record.id);
    },
  },
  7: {
    async seed(db) {
      await putAllRows(db, v7Record);
    },
    async check(db) {
      await expect(getRecord(db, v7Record.id)).resolves.toEqual(v7Record);
      await expect(db.research.get(v7Record.id)).resolves.toEqual(researchRowOf(v7Record));
      await expect(researchIds(db, NQ47.id)).resolves.toContain(v7Record.id);
      // Version 8's trash is there and empty for a collection that had none.
      await expect(db.trash.where('id').equals(v7Record.id).count()).resolves.toBe(0);
    },
  },
  8: {
    async seed(db) {
      await db.table('trash').add({
        id: v8Trashed.id,
        canonicalUrl: v8Trashed.canonicalUrl,
        title: v8Trashed.title,
        note: v8Trashed.note,
        reason: 'deleted-elsewhere',
        trashedAt: V8_TRASHED_AT,
        line: toRows(v8Trashed).line.line,
      });
    },
    async check(db) {
      const listed = await listTrash(db, V8_TRASHED_AT + 1);
      const entry = listed.find((row) => row.id === v8Trashed.id);
      expect(entry).toMatchObject({ reason: 'deleted-elsewhere', note: v8Trashed.note });
      await expect(restoreFromTrash(db, entry!.key!, V8_TRASHED_AT + 2)).resolves.toMatchObject({ outcome: 'restored', id: v8Trashed.id });
      await expect(getRecord(db, v8Trashed.id)).resolves.toEqual(v8Trashed);
    },
  },
  9: recordAndWatch(v9Record, v9Star),
  10: {
    async seed(db) {
      await putAllRows(db, v10Quoted);
    },
    async check(db) {
      await expect(getRecord(db, v10Quoted.id)).resolves.toEqual(v10Quoted);
      await expect(db.clippings.get(v10Quoted.id)).resolves.toMatchObject({ quotes: v10Quoted.quotes });
    },
  },
  11: recordAndWatch(v11Record, v11Removed, async (db) => {
    await expect(watchList(db)).resolves.not.toContainEqual(expect.objectContaining({ key: v11Removed.key }));
  }),
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
    expect((await readRecords(again)).map((r) => r.id)).toEqual(expect.arrayContaining([...v2Records, v2CardOnly, v3Record, v3BadDates, v4Record, v6Record, v7Record, v8Trashed, v9Record].map((r) => r.id)));
    // Every clipping has its research row, however old: the research pages miss none.
    expect(await again.research.toCollection().primaryKeys()).toEqual(await again.records.toCollection().primaryKeys());
    // Newest first by the article's day, then by when it was clipped.
    await expect(researchIds(again, NQ47.id)).resolves.toEqual([v6Record.id, v4Record.id, v3Record.id, v2Records[2]!.id, v7Record.id]);
    await expect(listRecent(again)).resolves.toHaveLength(1);
    again.close();
  });
});
