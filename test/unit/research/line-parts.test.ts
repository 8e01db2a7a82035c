import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWithoutText } from '@/lib/research/line-parts';
import { fromExported } from '@/lib/clipping/export-format';
import { decodeLine, encodeLine } from '@/lib/clipping/record-line';
import { exportedClippingArb } from '../../helpers/arbitrary-clipping';
import { clipping } from '../../helpers/research-fixtures';

describe('reading a stored line without its text', () => {
  it('gives every field but the text exactly as decoding the whole line does', () => {
    fc.assert(
      fc.property(exportedClippingArb, (exported) => {
        const record = fromExported(exported);
        // Only clippings the store can hold: times it can write.
        fc.pre(Number.isFinite(record.clippedAt) && Number.isFinite(record.updatedAt) && Math.abs(record.clippedAt) < 8.64e15 && Math.abs(record.updatedAt) < 8.64e15);
        const line = encodeLine(record);
        expect(decodeWithoutText(line)).toEqual({ ...decodeLine(line), text: '' });
      }),
      { numRuns: 500 },
    );
  });

  it('is not fooled by the keys written inside a title, note or text', () => {
    const tricky = clipping('Văn bản có ,"analysis":{} và ,"text":" ở giữa. Kết luận số 57-KL/TW.', '2024-01-02', {
      title: 'Tiêu đề ,"text":"x',
      note: ',"analysis":{"officials":[]}',
    });
    const line = encodeLine(tricky);
    expect(decodeWithoutText(line)).toEqual({ ...tricky, text: '' });
  });
});
