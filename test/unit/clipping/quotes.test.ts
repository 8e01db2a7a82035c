/**
 * Merging two copies' quotes when one deleted a quote the other commented:
 * the deletion stands in either order, on either side, and the other copy's
 * comment is kept in the tombstone (no one's words are dropped).
 */
import { describe, expect, it } from 'vitest';
import { fromExported, toExported } from '@/lib/clipping/export-format';
import { deleteQuote, mergeQuotes, type Quote } from '@/lib/clipping/quotes';
import { clippingInput } from '../../../scripts/support/clippings';

const quote = (id: string, comment = ''): Quote => ({ id, exact: `đoạn ${id}`, prefix: '', suffix: '', start: 0, end: 7, comment, createdAt: '2026-12-01T00:00:00.000Z' });
const DELETED = Date.UTC(2026, 11, 3);

describe('a deleted quote against an edited comment', () => {
  const both = [quote('q1', 'ý đầu'), quote('q2')];
  const deleted = deleteQuote({ quotes: both }, 'q1', DELETED);
  const edited = { quotes: [quote('q1', 'ý đầu — thêm ý của Carol'), quote('q2')] };

  it('deleting leaves the other quotes and a tombstone with the time', () => {
    expect(deleted.quotes.map((q) => q.id)).toEqual(['q2']);
    expect(deleted.deletedQuotes).toEqual([{ ...quote('q1', 'ý đầu'), deletedAt: new Date(DELETED).toISOString() }]);
  });

  it.each([
    ['the deleting copy first', () => mergeQuotes(deleted, edited)],
    ['the editing copy first', () => mergeQuotes(edited, deleted)],
  ])('keeps the deletion, %s, and the edited comment in the tombstone', (_, merge) => {
    const merged = merge();
    expect(merged.quotes.map((q) => q.id)).toEqual(['q2']);
    expect(merged.deletedQuotes.map((q) => q.id)).toEqual(['q1']);
    expect(merged.deletedQuotes[0]!.comment).toContain('thêm ý của Carol');
    expect(merged.deletedQuotes[0]!.deletedAt).toBe(new Date(DELETED).toISOString());
  });

  it('an older copy without the tombstone does not bring the quote back, and merging again changes nothing', () => {
    const once = mergeQuotes(deleted, { quotes: both });
    expect(once).toEqual(deleted);
    expect(mergeQuotes(once, once)).toEqual(once);
  });

  it('two members deleting the same quote keep one tombstone, with the earlier time, whichever comes first', () => {
    const later = deleteQuote({ quotes: both }, 'q1', DELETED + 60_000);
    for (const merged of [mergeQuotes(deleted, later), mergeQuotes(later, deleted)]) {
      expect(merged.deletedQuotes).toHaveLength(1);
      expect(merged.deletedQuotes[0]!.deletedAt).toBe(new Date(DELETED).toISOString());
    }
  });
});

describe('a clipping read with a quote both listed and deleted', () => {
  it('shows it deleted, its comment joining the tombstone (an older version put it back beside the tombstone it carried over)', () => {
    const deleted = deleteQuote({ quotes: [quote('q1', 'ý đầu'), quote('q2')] }, 'q1', DELETED);
    const record = { ...clippingInput(), id: 'c1', clippedAt: DELETED, updatedAt: DELETED, note: '', tags: [], ...deleted };
    const written = { ...toExported(record), quotes: [quote('q1', 'ý của bản cũ'), quote('q2')] };
    const read = fromExported(written);
    expect(read.quotes!.map((q) => q.id)).toEqual(['q2']);
    expect(read.deletedQuotes!.map((q) => [q.id, q.comment])).toEqual([['q1', `ý đầu${'\n\n———\n\n'}ý của bản cũ`]]);
    // A consistent clipping is read exactly as written.
    expect(toExported(fromExported(toExported(record)))).toEqual(toExported(record));
  });
});
