import { describe, expect, it } from 'vitest';
import { analyzeInChunks, chunkBounds, mergeAnalyses } from '@/lib/dom/chunked-analysis';
import { FRESH_SLICE, runNow } from '@/lib/dom/schedule';
import type { Analysis } from '@/lib/matcher/types';

/** A stand-in matcher: every "Lê Hải Bình" and "57-KL/TW"; the topic score grows with "đối ngoại". */
function fakeAnalyze(text: string): Analysis {
  const find = (phrase: string) => [...text.matchAll(new RegExp(phrase, 'g'))].map((m) => ({ start: m.index, end: m.index + phrase.length }));
  const topic = find('đối ngoại').length;
  return {
    foreignInfo: { isForeignInfo: topic >= 2, score: Math.min(1, topic / 4), evidence: topic ? [{ kind: 'term', label: 'đối ngoại', weight: topic, count: topic }] : [] },
    officials: find('Lê Hải Bình').length ? [{ name: 'Lê Hải Bình', titles: text.includes('Phó Trưởng ban') ? ['Phó Trưởng ban'] : [], mentions: find('Lê Hải Bình') }] : [],
    directives: find('57-KL/TW').length ? [{ id: '57-KL/TW', kind: null, issuer: text.includes('Bộ Chính trị') ? 'Bộ Chính trị' : null, date: null, subject: null, mentions: find('57-KL/TW') }] : [],
  };
}

describe('matching a long article in pieces', () => {
  it('cuts after line breaks, never inside a line that fits', () => {
    const text = 'một hai\nba bốn năm\nsáu\n';
    expect(chunkBounds(text, 12)).toEqual([
      [0, 8],
      [8, 19],
      [19, 23],
    ]);
    expect(chunkBounds('abc', 12)).toEqual([[0, 3]]);
  });

  it('cuts an overlong line at a space', () => {
    expect(chunkBounds('aaaa bbbb cccc', 7)).toEqual([
      [0, 5],
      [5, 10],
      [10, 14],
    ]);
  });

  it('finds every mention at its place in the whole text, as one call would', () => {
    const lines = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 0 ? `Đồng chí Lê Hải Bình, Phó Trưởng ban, nhắc Kết luận số 57-KL/TW về thông tin đối ngoại (${i}).` : `Đoạn ${i} không có gì đặc biệt.`,
    );
    const text = `${lines.join('\n')}\n`;
    const whole = fakeAnalyze(text);
    const pieces = runNow(analyzeInChunks(text, fakeAnalyze, 500));
    expect(chunkBounds(text, 500).length).toBeGreaterThan(3);
    expect(pieces.officials).toHaveLength(1);
    expect(pieces.officials[0]!.mentions).toEqual(whole.officials[0]!.mentions);
    expect(pieces.directives[0]!.mentions).toEqual(whole.directives[0]!.mentions);
    for (const m of pieces.officials[0]!.mentions) expect(text.slice(m.start, m.end)).toBe('Lê Hải Bình');
    expect(pieces.foreignInfo.evidence[0]).toMatchObject({ label: 'đối ngoại', count: whole.foreignInfo.evidence[0]!.count });
  });

  it('keeps what any piece knew about a directive or an official', () => {
    const merged = mergeAnalyses([
      { offset: 0, analysis: fakeAnalyze('57-KL/TW. Lê Hải Bình') },
      { offset: 100, analysis: fakeAnalyze('Bộ Chính trị ra 57-KL/TW; Lê Hải Bình, Phó Trưởng ban, về đối ngoại, đối ngoại') },
    ]);
    expect(merged.directives[0]).toMatchObject({ id: '57-KL/TW', issuer: 'Bộ Chính trị' });
    expect(merged.officials[0]!.titles).toEqual(['Phó Trưởng ban']);
    expect(merged.foreignInfo.isForeignInfo).toBe(true);
  });

  it('runs a matcher that comes in steps one step a slice, with the same findings', () => {
    const text = 'Đồng chí Lê Hải Bình nhắc Kết luận số 57-KL/TW về thông tin đối ngoại.';
    function* inSteps(t: string): Generator<void, Analysis, void> {
      yield;
      yield;
      return fakeAnalyze(t);
    }
    const steps = analyzeInChunks(text, inSteps);
    const yielded: unknown[] = [];
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        expect(next.value).toEqual(fakeAnalyze(text));
        break;
      }
      yielded.push(next.value);
    }
    expect(yielded).toEqual([FRESH_SLICE, FRESH_SLICE, FRESH_SLICE]);
  });

  it('calls the matcher once for a short article', () => {
    let calls = 0;
    runNow(analyzeInChunks('ngắn', (t) => (calls++, fakeAnalyze(t))));
    expect(calls).toBe(1);
  });
});

describe('a piece whose detector failed', () => {
  it('marks the whole analysis degraded, keeping the other pieces and detectors', () => {
    const ok = fakeAnalyze('Lê Hải Bình và 57-KL/TW');
    const failed: Analysis = { ...fakeAnalyze('57-KL/TW'), officials: [], degraded: ['officials'] };
    const merged = mergeAnalyses([
      { offset: 0, analysis: ok },
      { offset: 100, analysis: failed },
    ]);
    expect(merged.degraded).toEqual(['officials']);
    expect(merged.officials.map((o) => o.name)).toEqual(['Lê Hải Bình']);
    expect(merged.directives[0]!.mentions).toHaveLength(2);
    expect(mergeAnalyses([{ offset: 0, analysis: ok }]).degraded).toBeUndefined();
  });
});
