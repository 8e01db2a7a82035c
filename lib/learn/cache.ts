/**
 * The learnt matcher of the collection, built once when first asked for and
 * kept until the collection changes (any write to the clippings' records, from
 * this context or another page of the extension: Dexie's storagemutated event
 * crosses contexts of one origin). Lives in the background; pages ask it
 * through the 'learn:find' message.
 */
import Dexie from 'dexie';
import { decodeWithoutText } from '../research/line-parts';
import type { AnnotatorDb } from '../store/db';
import { learnFromCollection, type LearnableClipping } from './lexicon';
import { createLearntMatcher, type LearntMatcher } from './matcher';

export interface LearntCache {
  get(): Promise<LearntMatcher>;
  /** Forget the matcher: the next get() builds it again. */
  invalidate(): void;
  /** Stop following the collection's changes. */
  close(): void;
}

/** Stored lines read per request: 10 000 clippings' lines are some 90 MB, never all in memory at once. */
const BATCH = 500;

/** Builds from every stored record, each decoded without its text (learning reads findings and corrections only). */
export async function buildLearntMatcher(db: AnnotatorDb): Promise<LearntMatcher> {
  const learnable: LearnableClipping[] = [];
  let last: string | undefined;
  for (;;) {
    const page = last === undefined ? db.records.orderBy(':id') : db.records.where(':id').above(last);
    const rows = await page.limit(BATCH).toArray();
    if (rows.length === 0) break;
    for (const row of rows) {
      const { id, analysis, corrections } = decodeWithoutText(row.line);
      learnable.push(corrections ? { id, analysis, corrections } : { id, analysis });
    }
    last = rows[rows.length - 1]!.id;
  }
  return createLearntMatcher(learnFromCollection(learnable));
}

export function createLearntCache(db: AnnotatorDb, build: (db: AnnotatorDb) => Promise<LearntMatcher> = buildLearntMatcher): LearntCache {
  let current: Promise<LearntMatcher> | null = null;
  const prefix = `idb://${db.name}/records/`;
  const onChange = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) current = null;
  };
  Dexie.on('storagemutated', onChange);
  return {
    get() {
      const building = (current ??= build(db));
      // A failed build is not kept: the next request tries again.
      building.catch(() => {
        if (current === building) current = null;
      });
      return building;
    },
    invalidate: () => {
      current = null;
    },
    close: () => Dexie.on('storagemutated').unsubscribe(onChange),
  };
}
