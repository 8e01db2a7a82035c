import { describe, expect, it } from 'vitest';
import type { ClippingRecord } from '@/lib/clipping/types';
import { mergeCopies } from '@/lib/sync/merge-leaves';
import { clippingInput } from '../../../scripts/support/clippings';

const base: ClippingRecord = { ...clippingInput(), id: 'x', clippedAt: 1, updatedAt: 10, note: '', tags: [] };

describe('merging copies of one clipping', () => {
  it('keeps every note and tag, the article from the newest copy, and the same result in any order', () => {
    const older = { record: { ...base, note: 'Ghi chú A', tags: ['a'], updatedAt: 20 }, rev: '2-aaa' };
    const newer = { record: { ...base, note: 'Ghi chú B', tags: ['b'], title: 'Tiêu đề mới', updatedAt: 30 }, rev: '2-bbb' };
    const one = mergeCopies([older, newer], 'local-id');
    const two = mergeCopies([newer, older], 'local-id');
    expect(one).toEqual(two);
    expect(one.wordsSideBySide).toBe(true);
    expect(one.record).toMatchObject({ id: 'local-id', title: 'Tiêu đề mới', tags: ['a', 'b'], updatedAt: 30 });
    expect(one.record.note.indexOf('Ghi chú A')).toBeLessThan(one.record.note.indexOf('Ghi chú B'));
  });

  it('flags nothing when one note extends the other', () => {
    const merged = mergeCopies([{ record: { ...base, note: 'Một' }, rev: '1-a' }, { record: { ...base, note: 'Một. Hai', updatedAt: 11 }, rev: '2-b' }], 'x');
    expect(merged).toMatchObject({ wordsSideBySide: false, record: { note: 'Một. Hai' } });
  });

  it('keeps the findings each person marked wrong', () => {
    const rejecting = (officials: string[]): ClippingRecord['corrections'] => ({ rejected: { officials, directives: [] }, added: { officials: [], directives: [] } });
    const merged = mergeCopies(
      [
        { record: { ...base, corrections: rejecting(['Nguyễn Văn An']) }, rev: '1-a' },
        { record: { ...base, corrections: rejecting(['Trần Thị Bình']), updatedAt: 11 }, rev: '1-b' },
      ],
      'x',
    );
    expect([...merged.record.corrections!.rejected.officials].sort()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });
});
