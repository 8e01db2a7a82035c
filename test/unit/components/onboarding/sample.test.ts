import { describe, expect, it } from 'vitest';
import { formatDate, paragraphRuns, samplePassage, SAMPLE_OPENINGS } from '@/components/onboarding/sample';
import { analyze } from '@/lib/matcher/analyze';
import type { Analysis } from '@/lib/matcher/types';

const none: Pick<Analysis, 'officials' | 'directives'> = { officials: [], directives: [] };
const paragraphsOf = (text: string) => text.split('\n\n');
const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('the sample passage', () => {
  it('is the chosen paragraphs of the seed article, in order, headline first', () => {
    const passage = samplePassage();
    const paragraphs = paragraphsOf(passage);
    expect(paragraphs).toHaveLength(SAMPLE_OPENINGS.length);
    paragraphs.forEach((p, i) => expect(p.startsWith(SAMPLE_OPENINGS[i]!)).toBe(true));
    expect(paragraphs[0]).toBe('Tăng cường thông tin đối ngoại trên không gian mạng');
  });

  it('refuses a seed that lost a chosen paragraph instead of showing a hole', () => {
    expect(() => samplePassage('Tăng cường thông tin đối ngoại\n\nMột đoạn khác.', ['Tăng cường', 'Tham dự'])).toThrow(/Tham dự/);
  });

  it('holds officials, directives and a topic verdict when the real matcher reads it', () => {
    const analysis = analyze(samplePassage());
    expect(analysis.officials.map((o) => o.name)).toEqual(expect.arrayContaining(['Phan Xuân Thủy', 'Bùi Đức Hinh', 'Nguyễn Văn Kỷ']));
    expect(analysis.directives.map((d) => d.id)).toEqual(expect.arrayContaining(['47/NQ-CP', '57-KL/TW']));
    expect(analysis.foreignInfo.isForeignInfo).toBe(true);
  });
});

describe('paragraph runs', () => {
  it('keep every character of each paragraph and highlight exactly the mentions', () => {
    const text = samplePassage();
    const analysis = analyze(text);
    const paragraphs = paragraphRuns(text, analysis);
    expect(paragraphs.map(joined)).toEqual(paragraphsOf(text));
    const highlighted = paragraphs.flat().filter((r) => r.kind);
    const mentions = [
      ...analysis.officials.flatMap((o) => o.mentions.map((m) => ({ text: text.slice(m.start, m.end), kind: 'official', label: o.name }))),
      ...analysis.directives.flatMap((d) => d.mentions.map((m) => ({ text: text.slice(m.start, m.end), kind: 'directive', label: d.id }))),
    ];
    expect(highlighted).toEqual(expect.arrayContaining(mentions));
    expect(highlighted).toHaveLength(mentions.length);
  });

  it('split plain text around a mention and name what it marks', () => {
    const text = 'Ông Lê Hải Bình phát biểu.';
    const runs = paragraphRuns(text, {
      officials: [{ name: 'Lê Hải Bình', titles: [], mentions: [{ start: 4, end: 15 }] }],
      directives: [],
    });
    expect(runs).toEqual([[{ text: 'Ông ' }, { text: 'Lê Hải Bình', kind: 'official', label: 'Lê Hải Bình' }, { text: ' phát biểu.' }]]);
  });

  it('keep the first of two overlapping mentions and cut one that crosses a paragraph break', () => {
    const text = 'Kết luận 57-KL/TW\n\nnăm 2023';
    const directive = (id: string, start: number, end: number) => ({ id, kind: null, issuer: null, date: null, subject: null, mentions: [{ start, end }] });
    const runs = paragraphRuns(text, { officials: [], directives: [directive('57-KL/TW', 0, 17), directive('x', 9, 22)] });
    expect(runs[0]).toEqual([{ text: 'Kết luận 57-KL/TW', kind: 'directive', label: '57-KL/TW' }]);
    expect(runs[1]).toEqual([{ text: 'năm 2023' }]);
    const crossing = paragraphRuns(text, { officials: [], directives: [directive('y', 9, 22)] });
    expect(crossing).toEqual([
      [{ text: 'Kết luận ' }, { text: '57-KL/TW', kind: 'directive', label: 'y' }],
      [{ text: 'năm', kind: 'directive', label: 'y' }, { text: ' 2023' }],
    ]);
  });

  it('leave a passage with nothing found as plain paragraphs', () => {
    expect(paragraphRuns('Một.\n\nHai.', none)).toEqual([[{ text: 'Một.' }], [{ text: 'Hai.' }]]);
  });
});

describe('directive dates', () => {
  it('are written as each language writes them', () => {
    expect(formatDate('2023-06-15', 'vi')).toBe('15/6/2023');
    expect(formatDate('2020-06-29', 'en')).toBe('29 Jun 2020');
    expect(formatDate('2024-12-01', 'en')).toBe('1 Dec 2024');
  });

  it('pass anything that is not a full date through unchanged', () => {
    expect(formatDate('2023', 'vi')).toBe('2023');
  });
});
