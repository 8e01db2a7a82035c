/**
 * Learning from the collection: what one clipping teaches is found in the
 * next article, by the full name only, in any tone-mark placement and Unicode
 * form; a directive's particulars come with it; what the user marked wrong is
 * not learnt and what they added by hand is. The next article is read by the
 * real matcher, which (by the `analyze` contract) finds no untitled person.
 */
import { describe, expect, it } from 'vitest';
import { collectionFindings } from '@/lib/learn/findings';
import { learnFromCollection, type LearnableClipping } from '@/lib/learn/lexicon';
import { createLearntMatcher } from '@/lib/learn/matcher';
import { analyze } from '@/lib/matcher/analyze';
import { applyCorrection } from '@/lib/clipping/corrections';
import { analysisOf, articleText } from '../../../scripts/support/clippings';

const AN = { name: 'Nguyễn Thị Hòa An', titles: ['Phó Cục trưởng Cục Thông tin đối ngoại'] };
const KL99 = { id: '99-KL/TW', kind: 'Kết luận', issuer: 'Ban Bí thư', date: '2025-03-14', subject: 'đẩy mạnh thông tin đối ngoại về biển, đảo' };

/** A clipping as the collection stores it: the hand-built analysis of a real-looking article. */
function clipping(id: string, spec: Parameters<typeof articleText>[0]): LearnableClipping {
  return { id, analysis: analysisOf(articleText(spec), spec) };
}

/** What the popup would show for a text: the collection's findings the page's own analysis did not make. */
function fromCollection(clippings: LearnableClipping[], text: string) {
  const matcher = createLearntMatcher(learnFromCollection(clippings));
  const analysis = analyze(text);
  const matches = matcher.find(text);
  return { analysis, findings: collectionFindings(matches, analysis, analysis.directives.flatMap((d) => matcher.directive(d.id) ?? [])) };
}

const untitled = (name: string) => `Tham dự buổi làm việc có ${name} cùng đại diện nhiều cơ quan báo chí. Buổi làm việc bàn về công tác tuyên truyền đối ngoại.`;

describe('a person the user kept', () => {
  const kept = [clipping('c1', { officials: [AN] })];

  it('is found in the next article by the full name without a title, with the titles the clipping gave', () => {
    const text = untitled('bà Nguyễn Thị Hòa An');
    const { analysis, findings } = fromCollection(kept, text);
    expect(analysis.officials).toEqual([]); // the seed matcher alone misses her: no title here
    expect(findings.officials).toEqual([{ name: 'Nguyễn Thị Hòa An', titles: AN.titles, clippings: 1, mentions: [{ start: text.indexOf('Nguyễn'), end: text.indexOf('Nguyễn') + 17 }] }]);
  });

  it('is found with the other tone-mark placement, decomposed (NFD), or in capitals', () => {
    for (const written of ['Nguyễn Thị Hoà An', 'Nguyễn Thị Hòa An'.normalize('NFD'), 'NGUYỄN THỊ HOÀ AN']) {
      const text = untitled(written);
      const { findings } = fromCollection(kept, text);
      // Shown as the page writes it (NFC), the mention covering exactly that.
      expect(findings.officials.map((o) => o.name), written).toEqual([written.normalize('NFC')]);
      expect(findings.officials[0]!.titles).toEqual(AN.titles);
      expect(text.slice(findings.officials[0]!.mentions[0]!.start, findings.officials[0]!.mentions[0]!.end)).toBe(written);
    }
  });

  it('is not found by a given name, the last words, or the surname alone, nor in lower-case prose', () => {
    for (const text of [untitled('bà An'), untitled('bà Hòa An'), untitled('chị Thị Hòa An'), untitled('ông Nguyễn'), 'giá nguyễn thị hòa an tăng']) {
      expect(fromCollection(kept, text).findings.officials, text).toEqual([]);
    }
  });

  it('is not repeated when the page’s own analysis already found them (titled)', () => {
    const text = 'Đồng chí Nguyễn Thị Hòa An, Phó Cục trưởng Cục Thông tin đối ngoại, phát biểu.';
    const { analysis, findings } = fromCollection(kept, text);
    expect(analysis.officials.map((o) => o.name)).toEqual(['Nguyễn Thị Hòa An']);
    expect(findings.officials).toEqual([]);
  });

  it('a one-word name is never learnt: a given name cannot name a person', () => {
    const { findings } = fromCollection([clipping('c1', { officials: [{ name: 'Lavrov', titles: ['Ngoại trưởng'] }] })], untitled('ông Lavrov'));
    expect(findings.officials).toEqual([]);
  });
});

describe('a directive the user kept', () => {
  it('brings its particulars to the next article that cites it without them', () => {
    const text = 'Các cơ quan tiếp tục thực hiện 99-KL/TW trong năm nay.';
    const { analysis, findings } = fromCollection([clipping('c1', { directives: [KL99] })], text);
    // The symbol gives the kind; issuer, date and subject only the clipping knows.
    expect(analysis.directives.map((d) => [d.id, d.kind, d.issuer, d.date, d.subject])).toEqual([['99-KL/TW', 'Kết luận', null, null, null]]);
    expect(findings.particulars).toEqual([{ id: '99-KL/TW', known: { issuer: 'Ban Bí thư', date: '2025-03-14', subject: KL99.subject }, clippings: 1 }]);
  });

  it('added by hand in a form the grammar does not read, is found in the next article by its id as written', () => {
    const kept = clipping('c1', {});
    kept.corrections = applyCorrection(undefined, {
      op: 'add-directive',
      directive: { id: 'Đề án 06', kind: 'Đề án', issuer: 'Chính phủ', date: null, subject: 'phát triển ứng dụng dữ liệu dân cư', mentions: [] },
    });
    const text = 'Tỉnh triển khai Đề án 06 về dữ liệu dân cư.';
    const { analysis, findings } = fromCollection([kept], text);
    expect(analysis.directives).toEqual([]);
    expect(findings.directives).toEqual([
      { id: 'Đề án 06', kind: 'Đề án', issuer: 'Chính phủ', date: null, subject: 'phát triển ứng dụng dữ liệu dân cư', clippings: 1, mentions: [{ start: 16, end: 24 }] },
    ]);
  });

  it('added by hand in a form the grammar reads, brings its particulars where the page gives none', () => {
    const kept = clipping('c1', {});
    kept.corrections = applyCorrection(undefined, {
      op: 'add-directive',
      directive: { id: 'Quy định 37', kind: 'Quy định', issuer: 'Tỉnh ủy', date: null, subject: null, mentions: [] },
    });
    const { analysis, findings } = fromCollection([kept], 'Các chi bộ thực hiện nghiêm Quy định 37 trong năm.');
    expect(analysis.directives.map((d) => d.id)).toEqual(['Quy định 37']);
    expect(findings.particulars).toEqual([{ id: 'Quy định 37', known: { issuer: 'Tỉnh ủy' }, clippings: 1 }]);
  });

  it('agrees on the subject across clippings as the seed builder does (the common opening)', () => {
    const long = { ...KL99, subject: `${KL99.subject} trong tình hình mới, được quán triệt sâu rộng` };
    const matcher = createLearntMatcher(learnFromCollection([clipping('c1', { directives: [long] }), clipping('c2', { directives: [KL99] })]));
    expect(matcher.directive('99-kl/tw')).toMatchObject({ subject: KL99.subject, clippings: 2 });
  });
});

describe('the user’s corrections steer learning', () => {
  it('a finding marked wrong is not learnt from that clipping; one added by hand is', () => {
    const wrong = clipping('c1', { officials: [AN] });
    wrong.corrections = applyCorrection(undefined, { op: 'reject', kind: 'official', label: 'nguyễn thị hoà an' });
    const added = clipping('c2', {});
    added.corrections = applyCorrection(undefined, { op: 'add-official', official: { name: 'Trần Quốc Bảo', titles: [], mentions: [] } });
    const text = `${untitled('Nguyễn Thị Hòa An')} Ông Trần Quốc Bảo cũng có mặt.`;
    expect(fromCollection([wrong, added], text).findings.officials.map((o) => o.name)).toEqual(['Trần Quốc Bảo']);
  });

  it('in a clipping’s own view, what the user rejected or added there is not offered again', () => {
    const matcher = createLearntMatcher(learnFromCollection([clipping('c1', { officials: [AN] })]));
    const text = untitled('Nguyễn Thị Hòa An');
    const rejected = applyCorrection(undefined, { op: 'reject', kind: 'official', label: AN.name });
    expect(collectionFindings(matcher.find(text), { officials: [], directives: [] }, [], rejected).officials).toEqual([]);
    expect(collectionFindings(matcher.find(text), { officials: [], directives: [] }, []).officials).toHaveLength(1);
  });
});
