/**
 * Reads what one research page needs: only the clippings naming the official
 * (or citing the directive), found through the cards' multi-entry indexes,
 * then their stored lines decoded. 10 000 clippings cost the page nothing
 * beyond the ones it shows.
 */
import { directiveProfile } from '@/lib/research/directive';
import { officialKey, officialProfile } from '@/lib/research/official';
import type { AnnotatorDb } from '@/lib/store/db';
import { decodeLine } from '@/lib/store/record-line';
import type { ClippingRecord } from '@/lib/store/types';

async function recordsWhere(db: AnnotatorDb, index: 'officialKeys' | 'directives', value: string): Promise<ClippingRecord[]> {
  return db.transaction('r', db.clippings, db.records, async () => {
    const ids = (await db.clippings.where(index).equals(value).primaryKeys()) as string[];
    const rows = await db.records.bulkGet(ids);
    return rows.flatMap((row) => (row ? [decodeLine(row.line)] : []));
  });
}

export async function loadOfficial(db: AnnotatorDb, key: string) {
  const wanted = officialKey(key);
  return officialProfile(await recordsWhere(db, 'officialKeys', wanted), wanted);
}

export async function loadDirective(db: AnnotatorDb, id: string) {
  return directiveProfile(await recordsWhere(db, 'directives', id), id);
}
