/** Clippings for the export tests: hand-made analyses, awkward titles and notes. */
import type { ClippingRecord } from '@/lib/clipping/types';
import { analysisOf, type AnalysisSpec, articleText, BINH, KL57, NGHIA, NQ47 } from '../../scripts/support/clippings';

let serial = 0;

export function record(fields: Partial<ClippingRecord> = {}, spec: AnalysisSpec = { officials: [NGHIA], directives: [KL57] }): ClippingRecord {
  const n = ++serial;
  const text = fields.text ?? articleText(spec);
  const url = `https://www.vietnamplus.vn/bai-${n}.vnp`;
  return {
    id: `id-${n}`,
    canonicalUrl: url,
    url,
    site: 'vietnamplus.vn',
    title: `Nâng cao hiệu quả thông tin đối ngoại (${n})`,
    author: 'Phóng viên TTXVN',
    published: '2024-08-07T09:00:00+07:00',
    clippedAt: Date.UTC(2024, 7, 8, 1, 2, 3),
    updatedAt: Date.UTC(2024, 7, 9, 1, 2, 3),
    note: '',
    tags: [],
    ...fields,
    text,
    analysis: fields.analysis ?? analysisOf(text, spec),
  };
}

export const SAMPLE = [
  record({ title: '=HYPERLINK("http://x.example","bấm")', note: 'Ghi chú, có "ngoặc kép"\nvà xuống dòng', tags: ['TTĐN', '+1'] }),
  record({ title: 'Bài thứ hai', author: null, published: null }, { officials: [NGHIA, BINH], directives: [KL57, NQ47] }),
  record({ title: '-Hội nghị @ Hà Nội', site: 'example.org' }, { officials: [BINH], directives: [{ ...KL57, issuer: 'Ban Bí thư' }] }),
];
