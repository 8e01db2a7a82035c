import { describe, expect, it } from 'vitest';
import { toExported } from '@/lib/clipping/export-format';
import { dateInText, repairDates } from '@/lib/clipping/repair';
import type { ClippingRecord } from '@/lib/clipping/types';
import { checkExportedClipping } from '@/lib/clipping/validate-clipping';
import { clippingInput } from '../../../scripts/support/clippings';

const NOW = Date.UTC(2026, 10, 27);
const record = (patch: Partial<ClippingRecord>): ClippingRecord => ({
  ...clippingInput({ text: 'Bài không ghi ngày.' }),
  id: 'r1',
  clippedAt: Date.UTC(2024, 7, 7),
  updatedAt: Date.UTC(2024, 7, 8),
  note: 'giữ',
  tags: ['giữ'],
  ...patch,
});

describe('date repairs on upgrade', () => {
  it('reads the first real date an article states near its top', () => {
    expect(dateInText('Cập nhật 31/2/2024. Hà Nội, ngày 07-08-2024: hội nghị')).toBe('2024-08-07');
    expect(dateInText('Sự kiện 2024-06-30 được nhắc lại')).toBe('2024-06-30');
    expect(dateInText('Không có ngày nào 99/99/9999')).toBeNull();
  });

  it.each([
    ['a bad edit time takes the clip time', { updatedAt: Date.parse('9999-12-31T23:59:59-23:59') }, { updatedAt: Date.UTC(2024, 7, 7) }],
    ['a bad clip time with no other date takes the upgrade time', { clippedAt: Number.NaN, updatedAt: 8.64e15 + 1, published: null }, { clippedAt: NOW, updatedAt: NOW }],
    ['a bad clip time takes the published day when the text has none', { clippedAt: Date.UTC(1850, 0, 1), updatedAt: Date.UTC(1850, 0, 1), published: '2024-05-01T08:00' }, { clippedAt: Date.UTC(2024, 4, 1), updatedAt: Date.UTC(2024, 4, 1) }],
    ['a published time out of range keeps its real day', { published: '2024-08-07T25:61' }, { published: '2024-08-07' }],
    ['a published date with nothing to mend it becomes unknown', { published: '2024-99-99' }, { published: null }],
  ])('%s, keeping note and tags, and every repair exports', (_label, patch, expected) => {
    const { record: mended, repairs } = repairDates(record(patch), NOW);
    expect(mended).toMatchObject({ ...expected, note: 'giữ', tags: ['giữ'] });
    expect(repairs.length).toBeGreaterThan(0);
    expect(() => checkExportedClipping(JSON.parse(JSON.stringify(toExported(mended))), '')).not.toThrow();
  });

  it('leaves a clipping within the rules as it is', () => {
    const fine = record({ published: '2024-08-07T09:00:00+07:00' });
    expect(repairDates(fine, NOW)).toEqual({ record: fine, repairs: [] });
  });
});
