/** Clippings for the research tests: real prose, analysed by the real matcher so mention offsets are the ones stored. */
import { analyze } from '@/lib/matcher/analyze';
import type { ClippingRecord } from '@/lib/clipping/types';

let serial = 0;

/** A clipping of `text` (analysed by the matcher unless an analysis is given), published on `day`. */
export function clipping(text: string, day: string | null, fields: Partial<ClippingRecord> = {}): ClippingRecord {
  const n = ++serial;
  const url = `https://nhandan.vn/bai-${n}.html`;
  const at = Date.parse(`${day ?? '2024-12-31'}T12:00:00Z`) + n;
  return {
    id: `c${n}`,
    canonicalUrl: url,
    url,
    site: 'nhandan.vn',
    title: `Bài ${n}`,
    author: null,
    published: day,
    text,
    analysis: analyze(text),
    clippedAt: at,
    updatedAt: at,
    note: '',
    tags: [],
    ...fields,
  };
}
