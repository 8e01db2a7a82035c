import { describe, expect, it } from 'vitest';
import { officialPageKey, orderKey, orderRange } from '@/lib/clipping/research-row';
import { researchRowOf } from '@/lib/clipping/derive';
import { clipping } from '../../helpers/research-fixtures';

describe("a clipping's research row", () => {
  it('sorts one subject newest first in the index order: by the article day, then by when it was clipped', () => {
    const keys = [
      orderKey('directive', '57-KL/TW', { published: '2023-09-01', clippedAt: Date.UTC(2025, 0, 1) }),
      orderKey('directive', '57-KL/TW', { published: '2024-11-02T08:00:00+07:00', clippedAt: Date.UTC(2024, 10, 2) }),
      orderKey('directive', '57-KL/TW', { published: '2024-11-02', clippedAt: Date.UTC(2024, 10, 3) }),
      // No date of its own: dated by its clipping day, 2024-12-31.
      orderKey('directive', '57-KL/TW', { published: null, clippedAt: Date.UTC(2024, 11, 31, 9) }),
    ];
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[0]]);
    const [lower, upper] = orderRange('directive', '57-KL/TW');
    expect(keys.every((k) => k >= lower && k <= upper)).toBe(true);
    // Another document, or an official of the same spelling, is outside the range.
    for (const other of [orderKey('directive', '57-KL/TW2', { published: null, clippedAt: 1 }), orderKey('official', '57-KL/TW', { published: null, clippedAt: 1 })])
      expect(other >= lower && other <= upper).toBe(false);
  });

  it('keeps the titles, particulars and "carries out" statements the page shows, with the words that say so', () => {
    const record = clipping(
      'Đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương, dự hội nghị. Kế hoạch số 45-KH/TU thực hiện   Kết luận số 57-KL/TW của Bộ Chính trị.',
      '2024-05-20',
    );
    const row = researchRowOf(record);
    expect(row.officials).toEqual([{ key: officialPageKey('Lê Hải Bình'), name: 'Lê Hải Bình', titles: ['Phó Trưởng Ban Tuyên giáo Trung ương'] }]);
    expect(row.directives.find((d) => d.id === '57-KL/TW')).toMatchObject({ kind: 'Kết luận', issuer: 'Bộ Chính trị' });
    expect(row.relations).toEqual([{ from: '45-KH/TU', to: '57-KL/TW', quote: 'Kế hoạch số 45-KH/TU thực hiện Kết luận số 57-KL/TW' }]);
    expect(row.order).toHaveLength(3);
    expect(row).not.toHaveProperty('text');
  });
});
