/**
 * Team sync in Chromium (the e2e build, real IndexedDB and PouchDB's idb
 * adapter), two profiles and a pouchdb-server behind HTTPS under a mapped
 * host name: the first sync of 10 000 clippings from a browser to an empty
 * server, then into an empty browser (time, bytes on the wire), and one new
 * clipping from one browser to the other (its own run a few seconds after
 * the write, then a run on the other side). Figures, not assertions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exportParts } from '../lib/clipping/export-format';
import { encodeLine } from '../lib/clipping/record-line';
import type { SyncStatus } from '../lib/sync/types';
import { CHROME_E2E_BUILD, launchWithExtension } from '../scripts/support/chromium';
import { clippingInput } from '../scripts/support/clippings';
import { restoreThroughBackground, sendFromExtensionPage } from '../scripts/support/collection';
import { ALICE, CAROL, startCouch, TEAM_DB } from '../scripts/support/couch';
import { httpsFront } from '../scripts/support/https-front';
import { syntheticCollection } from './collection-data';

const COUNT = 10_000;
const ROOT = resolve(import.meta.dirname, '..');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function status(page: Page, type: 'sync:status' | 'sync:now' = 'sync:status'): Promise<SyncStatus> {
  const reply = await sendFromExtensionPage<SyncStatus>(page, { type });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Polls until the run is over with nothing waiting; throws on a problem. */
async function settled(page: Page, since: number): Promise<void> {
  for (;;) {
    const s = await status(page);
    if (s.problem) throw new Error(`${s.problem.code}: ${s.problem.detail}`);
    if (!s.running && s.pending === 0 && (s.lastSyncedAt ?? 0) >= since) return;
    await sleep(100);
  }
}

const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
if (build.status !== 0) throw new Error('wxt build --mode e2e failed');
const work = mkdtempSync(join(tmpdir(), 'ttdn-sync-bench-'));
const couch = await startCouch();
const front = await httpsFront(couch.url);
const url = `https://sync.example-team.vn:${front.port}`;
const a = await launchWithExtension({ build: CHROME_E2E_BUILD });
const b = await launchWithExtension({ build: CHROME_E2E_BUILD });
try {
  const file = join(work, 'collection.json');
  writeFileSync(file, Buffer.from(await new Blob(exportParts(syntheticCollection(COUNT).map(encodeLine))).arrayBuffer()));
  const popupA = await a.openExtensionPage('popup.html');
  await popupA.locator('input[type="file"]').setInputFiles(file);
  await popupA.locator('.import-report').waitFor({ timeout: 600_000 });

  let before = couch.traffic();
  let t0 = Date.now();
  const setA = await sendFromExtensionPage<SyncStatus>(popupA, { type: 'sync:configure', setup: { url, database: TEAM_DB, username: ALICE.name, password: ALICE.password } });
  if (!setA.ok || setA.value.problem) throw new Error(JSON.stringify(setA));
  await settled(popupA, t0);
  let took = Date.now() - t0;
  let after = couch.traffic();
  const info = (await (await couch.admin(`/${TEAM_DB}`)).json()) as { doc_count: number };
  console.log(`Chromium, first sync up, ${COUNT} clippings to an empty server: ${secs(took)}, sent ${mb(after.sent - before.sent)}, received ${mb(after.received - before.received)}; server holds ${info.doc_count} documents`);

  const popupB = await b.openExtensionPage('popup.html');
  before = couch.traffic();
  t0 = Date.now();
  const setB = await sendFromExtensionPage<SyncStatus>(popupB, { type: 'sync:configure', setup: { url, database: TEAM_DB, username: CAROL.name, password: CAROL.password } });
  if (!setB.ok || setB.value.problem) throw new Error(JSON.stringify(setB));
  await settled(popupB, t0);
  took = Date.now() - t0;
  after = couch.traffic();
  const rowsB = await popupB.evaluate(async () => {
    const open = indexedDB.open('ttdn-annotator');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const count = db.transaction('clippings').objectStore('clippings').count();
    return new Promise<number>((done) => (count.onsuccess = () => done(count.result)));
  });
  console.log(`Chromium, first sync down, into an empty browser: ${secs(took)}, sent ${mb(after.sent - before.sent)}, received ${mb(after.received - before.received)}; its collection holds ${rowsB} clippings`);

  const latencies: number[] = [];
  for (let i = 0; i < 3; i++) {
    const article = clippingInput({ url: `https://baoquocte.vn/moi-${i}.html`, canonicalUrl: `https://baoquocte.vn/moi-${i}.html` });
    t0 = Date.now();
    await restoreThroughBackground(popupA, article);
    // A sends it by itself a few seconds after the write; then B's run (its alarm, here asked for).
    for (;;) {
      const doc = await couch.admin(`/${TEAM_DB}/_all_docs?limit=0`);
      const { total_rows } = (await doc.json()) as { total_rows: number };
      if (total_rows > COUNT + i) break;
      await sleep(50);
    }
    const sent = Date.now() - t0;
    await status(popupB, 'sync:now');
    latencies.push(Date.now() - t0);
    console.log(`  new clipping ${i + 1}: on the server ${secs(sent)} after the write (its own run, a few seconds after), in the other browser ${secs(latencies.at(-1)!)} after`);
  }
  console.log(`one new clipping, browser to browser: ${latencies.map(secs).join(', ')} (plus, without Sync now, the wait for the other's next alarm: at most 1 min)`);
} finally {
  await a.close();
  await b.close();
  await front.close();
  await couch.stop();
  rmSync(work, { recursive: true, force: true });
}
