/**
 * The learn benchmark's memory figure, in a process of its own that holds
 * only the learnt lexicon (a JSON file): the heap of ten learnt matchers built
 * from it and kept, read from V8 heap snapshots before and after (a snapshot
 * counts live objects only, where the heap-used figure swings by megabytes),
 * divided by ten. Prints one number: bytes per matcher.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import type * as Entry from './learn-entry';
import { importBundled } from './bundle';

const { createLearntMatcher } = await importBundled<typeof Entry>('bench/lib/learn-entry.ts');
const lexicon = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));

/** Live bytes on the V8 heap plus array buffers (typed arrays live outside it). */
async function liveBytes(): Promise<number> {
  let json = '';
  for await (const chunk of v8.getHeapSnapshot()) json += chunk;
  const snapshot = JSON.parse(json) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const size = fields.indexOf('self_size');
  let total = 0;
  for (let i = size; i < snapshot.nodes.length; i += fields.length) total += snapshot.nodes[i]!;
  return total;
}

createLearntMatcher(lexicon).find('Nguyễn Văn An'); // code compiled before measuring
const before = await liveBytes();
const kept = Array.from({ length: 10 }, () => createLearntMatcher(lexicon));
for (const m of kept) m.find('Nguyễn Văn An');
const after = await liveBytes();
console.log(Math.round((after - before) / kept.length));
