/**
 * Hand-made clippings for tests and benchmarks: realistic Vietnamese articles
 * with an Analysis built by hand (the real matcher is not needed to test the
 * collection), mention offsets computed from the text.
 */
import type { Analysis, Mention } from '../../lib/matcher/types';
import type { ClippingInput } from '../../lib/clipping/types';

export interface OfficialSpec {
  name: string;
  titles?: string[];
}
export interface DirectiveSpec {
  id: string;
  kind?: string | null;
  issuer?: string | null;
  date?: string | null;
  subject?: string | null;
}
export interface AnalysisSpec {
  officials?: OfficialSpec[];
  directives?: DirectiveSpec[];
  foreignInfo?: boolean;
  score?: number;
}

function mentionsOf(text: string, needle: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
    out.push({ start: at, end: at + needle.length });
  return out;
}

export function analysisOf(text: string, spec: AnalysisSpec): Analysis {
  const officials = (spec.officials ?? []).map((o) => ({ name: o.name, titles: o.titles ?? [], mentions: mentionsOf(text, o.name) }));
  const directives = (spec.directives ?? []).map((d) => ({
    id: d.id,
    kind: d.kind ?? null,
    issuer: d.issuer ?? null,
    date: d.date ?? null,
    subject: d.subject ?? null,
    mentions: mentionsOf(text, d.id),
  }));
  const foreignInfo = spec.foreignInfo ?? true;
  return {
    foreignInfo: {
      isForeignInfo: foreignInfo,
      score: spec.score ?? (foreignInfo ? 0.86 : 0.12),
      evidence: [
        ...(foreignInfo ? [{ kind: 'term' as const, label: 'thông tin đối ngoại', weight: 0.4, count: 2 }] : []),
        ...directives.map((d) => ({ kind: 'directive' as const, label: d.id, weight: 0.2, count: d.mentions.length })),
      ],
    },
    officials,
    directives,
  };
}

export const NGHIA = { name: 'Nguyễn Trọng Nghĩa', titles: ['Bí thư Trung ương Đảng', 'Trưởng Ban Tuyên giáo Trung ương'] };
export const BINH = { name: 'Lê Hải Bình', titles: ['Phó Trưởng Ban Tuyên giáo Trung ương'] };
export const MON = { name: 'Lại Xuân Môn', titles: ['Phó trưởng Ban Thường trực Ban Tuyên giáo Trung ương'] };
export const KL57 = { id: '57-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị', subject: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới' };
export const NQ47 = { id: '47/NQ-CP', kind: 'Nghị quyết', issuer: 'Chính phủ', date: '2024-04-15' };
export const HD111 = { id: '111-HD/BTGTW', kind: 'Hướng dẫn', issuer: 'Ban Tuyên giáo Trung ương' };

/** A short article naming the given officials and directives in ordinary news prose. */
export function articleText(spec: AnalysisSpec, lead = 'Hội nghị triển khai công tác thông tin đối ngoại năm 2024 diễn ra tại Hà Nội.'): string {
  const people = (spec.officials ?? []).map((o) => `Đồng chí ${o.name}, ${(o.titles ?? []).join(', ')}, phát biểu chỉ đạo hội nghị.`);
  const docs = (spec.directives ?? []).map((d) => `Các địa phương tiếp tục quán triệt ${d.kind ?? 'văn bản'} số ${d.id} của ${d.issuer ?? 'Trung ương'}.`);
  return [lead, ...people, ...docs, 'Công tác tuyên truyền, quảng bá hình ảnh đất nước ra thế giới cần đổi mới tư duy và phương thức.'].join('\n\n');
}

let serial = 0;

/** A valid ClippingInput; override any field. The analysis follows `spec` over the (possibly overridden) text. */
export function clippingInput(options: Partial<ClippingInput> & { spec?: AnalysisSpec } = {}): ClippingInput {
  const { spec = { officials: [NGHIA], directives: [KL57] }, ...fields } = options;
  const n = ++serial;
  const text = fields.text ?? articleText(spec);
  const url = fields.url ?? `https://www.vietnamplus.vn/bai-viet-${n}.vnp`;
  return {
    canonicalUrl: url,
    url,
    site: 'vietnamplus.vn',
    title: `Nâng cao hiệu quả công tác thông tin đối ngoại (${n})`,
    author: 'Phóng viên TTXVN',
    published: '2024-08-07T09:00:00+07:00',
    ...fields,
    text,
    analysis: fields.analysis ?? analysisOf(text, spec),
  };
}
