/**
 * Reads what one research page needs: only the clippings naming the official
 * (or citing the directive), found through the cards' multi-entry indexes,
 * then their stored lines decoded. 10 000 clippings cost the page nothing
 * beyond the ones it shows. The overviews read only the cards (small: no
 * text, no analysis), so the page lists its articles at once, and fills in
 * titles, particulars and relations when the lines are read.
 */
import { directiveOverview, directiveProfile } from '@/lib/research/directive';
import { officialKey, officialOverview, officialProfile } from '@/lib/research/official';
import { decodeWithoutText } from '@/lib/research/line-parts';
import type { AnnotatorDb } from '@/lib/store/db';
import { decodeLine } from '@/lib/store/record-line';
import type { ClippingRecord } from '@/lib/store/types';

/** The clippings in an index entry; the text decoded only where `needsText` says (it is most of the bytes). */
async function recordsWhere(
  db: AnnotatorDb,
  index: 'officialKeys' | 'directives',
  value: string,
  needsText: (record: ClippingRecord) => boolean,
): Promise<ClippingRecord[]> {
  return db.transaction('r', db.clippings, db.records, async () => {
    const ids = (await db.clippings.where(index).equals(value).primaryKeys()) as string[];
    const rows = await db.records.bulkGet(ids);
    return rows.flatMap((row) => {
      if (!row) return [];
      const record = decodeWithoutText(row.line);
      return [needsText(record) ? decodeLine(row.line) : record];
    });
  });
}

/** What a document carries out is read between mentions of two different documents: only such articles need their text. */
const citesTwo = (record: ClippingRecord) => new Set(record.analysis.directives.map((d) => d.id)).size > 1;

export async function loadOfficial(db: AnnotatorDb, key: string) {
  const wanted = officialKey(key);
  return officialProfile(await recordsWhere(db, 'officialKeys', wanted, () => false), wanted);
}

export async function loadDirective(db: AnnotatorDb, id: string) {
  return directiveProfile(await recordsWhere(db, 'directives', id, citesTwo), id);
}

/** Marks for the benchmark (bench/research.bench.ts reads them): when the cards were asked for and when they came. */
async function timedCards<T>(read: () => Promise<T>): Promise<T> {
  performance.mark('research:cards-asked');
  const cards = await read();
  performance.mark('research:cards-read');
  return cards;
}

export async function loadOfficialOverview(db: AnnotatorDb, key: string) {
  const wanted = officialKey(key);
  return officialOverview(await timedCards(() => db.clippings.where('officialKeys').equals(wanted).toArray()), wanted);
}

export async function loadDirectiveOverview(db: AnnotatorDb, id: string) {
  return directiveOverview(await timedCards(() => db.clippings.where('directives').equals(id).toArray()), id);
}
