/**
 * Same-run references for the collection bench, measured in the extension's
 * own page with raw IndexedDB (no Dexie, no code of ours): writing the rows an
 * import stored, all in one transaction with every row of a table put in one
 * go (what Dexie's bulkPut issues), and reading the stored lines back with
 * one getAll. The import and the export are judged as ratios to these, so a
 * loaded machine slows both sides alike.
 */
import type { Page } from 'playwright-core';

/** The tables one clipping write fills (lib/store/clippings.ts writeTables). */
export const WRITE_TABLES = ['clippings', 'records', 'searchTexts', 'research', 'outbox'];
/** The tables an import's transaction fills: the search texts are the search index job's (lib/store/search-index.ts). */
export const IMPORT_TABLES = WRITE_TABLES.filter((t) => t !== 'searchTexts');

// Page code as text: functions handed to evaluate must not carry the __name
// wrappers the TypeScript runner adds to named functions.
const OPEN = `(name, version, upgrade) => new Promise((resolve, reject) => {
  const request = indexedDB.open(name, version);
  request.onupgradeneeded = () => upgrade && upgrade(request.result);
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

const DONE = `(request) => new Promise((resolve, reject) => {
  request.onsuccess = request.oncomplete = () => resolve(request.result);
  request.onerror = request.onabort = () => reject(request.error);
})`;

/**
 * ms to write, into an empty database with the same stores and indexes, every
 * row these tables of the collection hold now: one readwrite transaction, one
 * put per row, table after table, timed from the transaction's start to its commit.
 */
export function bulkWriteReference(popup: Page, tables: readonly string[] = WRITE_TABLES): Promise<number> {
  return popup.evaluate(`(async () => {
    const open = ${OPEN}, done = ${DONE};
    const tables = ${JSON.stringify(tables)};
    const source = await open('ttdn-annotator');
    const read = source.transaction(tables);
    const rows = await Promise.all(tables.map((t) => done(read.objectStore(t).getAll())));
    const schema = tables.map((t) => {
      const store = read.objectStore(t);
      const indexes = [...store.indexNames].map((n) => store.index(n));
      return { name: t, keyPath: store.keyPath, autoIncrement: store.autoIncrement,
        indexes: indexes.map((i) => ({ name: i.name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry })) };
    });
    source.close();
    const name = 'bench-bulk-reference';
    await done(indexedDB.deleteDatabase(name));
    const target = await open(name, 1, (db) => {
      for (const s of schema) {
        const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    });
    const t0 = performance.now();
    const write = target.transaction(tables, 'readwrite');
    tables.forEach((t, i) => { const store = write.objectStore(t); for (const row of rows[i]) store.put(row); });
    await done(write);
    const ms = performance.now() - t0;
    target.close();
    await done(indexedDB.deleteDatabase(name));
    return ms;
  })()`);
}

/** How many clippings have their search row, out of all (lib/store/search-index.ts indexProgress), read raw. */
export function indexedCount(popup: Page): Promise<{ indexed: number; total: number }> {
  return popup.evaluate(`(async () => {
    const open = ${OPEN}, done = ${DONE};
    const db = await open('ttdn-annotator');
    const read = db.transaction(['clippings', 'searchTexts']);
    const [total, indexed] = await Promise.all([done(read.objectStore('clippings').count()), done(read.objectStore('searchTexts').count())]);
    db.close();
    return { indexed, total };
  })()`);
}

/** ms to read every stored line (the `records` table) with one getAll, as export must at least. */
export function rawLinesRead(popup: Page): Promise<number> {
  return popup.evaluate(`(async () => {
    const open = ${OPEN}, done = ${DONE};
    const db = await open('ttdn-annotator');
    const t0 = performance.now();
    const lines = await done(db.transaction('records').objectStore('records').getAll());
    const ms = performance.now() - t0;
    db.close();
    if (lines.length === 0) throw new Error('no stored lines to read');
    return ms;
  })()`);
}
