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
import { learnFromCollection } from './lexicon';
import { createLearntMatcher, type LearntMatcher } from './matcher';

export interface LearntCache {
  get(): Promise<LearntMatcher>;
  /** Forget the matcher: the next get() builds it again. */
  invalidate(): void;
  /** Stop following the collection's changes. */
  close(): void;
}

/** Builds from every stored record, each decoded without its text (learning reads findings and corrections only). */
export async function buildLearntMatcher(db: AnnotatorDb): Promise<LearntMatcher> {
  const rows = await db.records.toArray();
  return createLearntMatcher(learnFromCollection(rows.map((row) => decodeWithoutText(row.line))));
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
