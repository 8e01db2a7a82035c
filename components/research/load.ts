/**
 * Reads what one research page needs from the `research` table
 * (lib/clipping/research-row.ts): small rows derived when each clipping was written,
 * holding titles, particulars and "carries out" statements, so no article
 * text is read. Its `order` index lists one official's or directive's
 * articles newest first: the first screen reads only the newest 100 rows and
 * the count, the rest of the page (title spans, particulars, relations,
 * companions) follows from all of that subject's rows.
 */
import { directiveFirst, directiveFromRows } from '@/lib/research/directive';
import { officialPageKey, orderRange, type OrderKind, type ResearchRow } from '@/lib/clipping/research-row';
import { officialFirst, officialFromRows } from '@/lib/research/official';
import type { AnnotatorDb } from '@/lib/store/db';
import { FIRST_ARTICLES } from './parts';

/** Marks for the benchmark (bench/research.bench.ts reads them): when a read was asked for and when it came. */
async function timed<T>(name: string, read: () => Promise<T>): Promise<T> {
  performance.mark(`research:${name}-asked`);
  const result = await read();
  performance.mark(`research:${name}-read`);
  return result;
}

/** One subject's rows, newest first (the index's own order, ties included: lib/clipping/research-row.ts). */
function subject(db: AnnotatorDb, kind: OrderKind, key: string) {
  const [lower, upper] = orderRange(kind, key);
  return db.research.where('order').between(lower, upper, true, true);
}

const rowsOf = (db: AnnotatorDb, kind: OrderKind, key: string): Promise<ResearchRow[]> => subject(db, kind, key).toArray();

/** The newest rows and how many there are, in one transaction (a clipping written between would make them disagree). */
function firstRows(db: AnnotatorDb, kind: OrderKind, key: string): Promise<[ResearchRow[], number]> {
  return timed('first', () =>
    db.transaction('r', db.research, () => Promise.all([subject(db, kind, key).limit(FIRST_ARTICLES).toArray(), subject(db, kind, key).count()])),
  );
}

export async function loadOfficialFirst(db: AnnotatorDb, key: string) {
  const wanted = officialPageKey(key);
  const [newest, total] = await firstRows(db, 'official', wanted);
  return officialFirst(newest, wanted, total);
}

export async function loadOfficial(db: AnnotatorDb, key: string) {
  const wanted = officialPageKey(key);
  return officialFromRows(await timed('all', () => rowsOf(db, 'official', wanted)), wanted);
}

export async function loadDirectiveFirst(db: AnnotatorDb, id: string) {
  const [newest, total] = await firstRows(db, 'directive', id);
  return directiveFirst(newest, id, total);
}

export async function loadDirective(db: AnnotatorDb, id: string) {
  return directiveFromRows(await timed('all', () => rowsOf(db, 'directive', id)), id);
}
