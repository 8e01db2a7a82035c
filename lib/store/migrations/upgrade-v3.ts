/**
 * Schema version 3: each clipping's body ({id, text, analysis} in `bodies`)
 * becomes its whole record as a stored export line (`records`, see
 * record-line.ts). Cards and search texts keep their shape.
 */
import type { Transaction } from 'dexie';
import type { Analysis } from '../../matcher/types';
import { encodeLine } from '../../clipping/record-line';
import type { ClippingCard, StoredLine } from '../../clipping/types';

/** A row of the `bodies` table as version 2 wrote it. */
export interface BodyV2 {
  id: string;
  text: string;
  analysis: Analysis;
}

/** Clippings rewritten per request: bounds memory with a large collection. */
const BATCH = 500;

export async function bodiesToLines(tx: Transaction): Promise<void> {
  const cards = await tx.table<ClippingCard, string>('clippings').toArray();
  for (let at = 0; at < cards.length; at += BATCH) {
    const batch = cards.slice(at, at + BATCH);
    const bodies = await tx.table<BodyV2, string>('bodies').bulkGet(batch.map((card) => card.id));
    const lines = batch.flatMap((card, i): StoredLine[] => {
      const body = bodies[i];
      // The line keeps the record's own fields only; the card's derived ones are left out.
      return body ? [{ id: card.id, line: encodeLine({ ...card, text: body.text, analysis: body.analysis }) }] : [];
    });
    await tx.table<StoredLine, string>('records').bulkPut(lines);
  }
}
