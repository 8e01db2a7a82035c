/** A synthetic collection for the benchmark (and experiments): real seed text, officials and directives drawn from pools. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_SITES } from '../lib/site/sites';
import type { ClippingRecord } from '../lib/clipping/types';
import { analysisOf, type AnalysisSpec } from '../scripts/support/clippings';
import { SEEDS_DIR, seedFiles } from '../scripts/support/news-page';

/** `count` clippings of real seed text, with officials and directives drawn from pools like a year of news. */
export function syntheticCollection(count: number): ClippingRecord[] {
  const texts = seedFiles().map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middles = ['Văn', 'Thị', 'Trọng', 'Hải', 'Xuân', 'Minh', 'Đức', 'Thanh'];
  const givens = ['Nghĩa', 'Bình', 'Môn', 'Hùng', 'Thủy', 'Dũng', 'Hoà', 'Sơn', 'Lan', 'Phúc', 'Tâm', 'Quang'];
  const officials = surnames.flatMap((s) => middles.flatMap((m) => givens.map((g) => ({ name: `${s} ${m} ${g}`, titles: ['Phó Trưởng Ban Tuyên giáo Trung ương'] }))));
  const kinds = [
    ['KL/TW', 'Kết luận', 'Bộ Chính trị'],
    ['NQ-CP', 'Nghị quyết', 'Chính phủ'],
    ['HD/BTGTW', 'Hướng dẫn', 'Ban Tuyên giáo Trung ương'],
    ['CT/TW', 'Chỉ thị', 'Ban Bí thư'],
  ] as const;
  const directives = Array.from({ length: 200 }, (_, i) => {
    const [type, kind, issuer] = kinds[i % kinds.length]!;
    return { id: type === 'NQ-CP' ? `${i + 10}/${type}` : `${i + 10}-${type}`, kind, issuer };
  });
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const spec: AnalysisSpec = {
      officials: Array.from({ length: 1 + rand(3) }, () => officials[rand(officials.length)]!),
      directives: Array.from({ length: 1 + rand(3) }, () => directives[rand(20) < 14 ? rand(20) : rand(directives.length)]!),
      foreignInfo: rand(10) < 7,
    };
    const names = spec.officials!.map((o) => `đồng chí ${o.name}`).join(', ');
    const docs = spec.directives!.map((d) => `${d.kind} số ${d.id}`).join(', ');
    const text = `${texts[i % texts.length]}\n\nTham dự có ${names}. Hội nghị quán triệt ${docs}.`;
    const site = NEWS_SITES[rand(NEWS_SITES.length)]!;
    const url = `https://${site}/bai-viet-${i}.html`;
    const at = start + i * 3_600_000;
    return {
      id: crypto.randomUUID(),
      canonicalUrl: url,
      url,
      site,
      title: `Bài ${i}: ${texts[i % texts.length]!.split('\n').find((l) => l.trim().split(' ').length > 6)!.trim().slice(0, 120)}`,
      author: 'Phóng viên',
      published: new Date(at).toISOString().slice(0, 10),
      text,
      analysis: analysisOf(text, spec),
      clippedAt: at,
      updatedAt: at,
      note: i % 10 === 0 ? 'Dùng cho báo cáo tổng kết' : '',
      tags: i % 7 === 0 ? ['TTĐN'] : [],
    };
  });
}

