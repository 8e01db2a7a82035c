/**
 * Team sync through a replication server (pouchdb-server in memory, on
 * loopback, behind a relay that counts bytes): the first sync of 10 000
 * clippings from a collection to an empty server, then from the server into
 * an empty collection (time, bytes on the wire), and one new clipping from
 * one collection to the other (one run on each side, as the alarms would do
 * it: up to a minute more while waiting for them). Node with fake-indexeddb
 * and PouchDB's memory adapter stand in for the browser's IndexedDB.
 */
import 'fake-indexeddb/auto';
import { saveClipping } from '../lib/store/clippings';
import { mergeRecords } from '../lib/store/merge';
import { ALICE, CAROL, startCouch, TEAM_DB } from '../scripts/support/couch';
import { clippingInput } from '../scripts/support/clippings';
import { member, setupFor } from '../scripts/support/sync-member';
import { syntheticCollection } from './collection-data';

const COUNT = 10_000;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const couch = await startCouch();
try {
  const records = syntheticCollection(COUNT);
  const a = member('bench-a');
  await mergeRecords(a.db, records);
  const lineBytes = (await a.db.records.toArray()).reduce((sum, row) => sum + row.line.byteLength, 0);
  console.log(`collection: ${COUNT} clippings, ${mb(lineBytes)} of stored lines (the export's size)`);

  let before = couch.traffic();
  let t = performance.now();
  const configured = await a.engine.configure(setupFor(couch.url, ALICE));
  if (configured.problem) throw new Error(configured.problem.detail);
  const up = await a.engine.syncNow();
  let took = performance.now() - t;
  let after = couch.traffic();
  if (up.problem || up.pending) throw new Error(`first sync: ${JSON.stringify(up)}`);
  const info = (await (await couch.admin(`/${TEAM_DB}`)).json()) as { doc_count: number };
  console.log(`first sync up, ${COUNT} clippings to an empty server: ${secs(took)}, sent ${mb(after.sent - before.sent)}, received ${mb(after.received - before.received)}; server holds ${info.doc_count} documents`);

  const c = member('bench-c');
  before = couch.traffic();
  t = performance.now();
  await c.engine.configure(setupFor(couch.url, CAROL));
  const down = await c.engine.syncNow();
  took = performance.now() - t;
  after = couch.traffic();
  if (down.problem) throw new Error(down.problem.detail);
  console.log(`first sync down, into an empty collection: ${secs(took)}, sent ${mb(after.sent - before.sent)}, received ${mb(after.received - before.received)}; collection holds ${await c.db.clippings.count()} clippings`);

  const latencies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const url = `https://baoquocte.vn/moi-${i}.html`;
    t = performance.now();
    await saveClipping(a.db, clippingInput({ url, canonicalUrl: url }));
    await a.engine.syncNow();
    await c.engine.syncNow();
    latencies.push(performance.now() - t);
    if (!(await c.db.clippings.where('canonicalUrl').equals(url).count())) throw new Error('the new clipping did not arrive');
  }
  latencies.sort((x, y) => x - y);
  console.log(`one new clipping, one collection to the other (a run on each side): median ${secs(latencies[2]!)} [${latencies.map(secs).join(', ')}], plus the wait for the next alarm (at most 1 min)`);
  await a.close();
  await c.close();
} finally {
  await couch.stop();
}
