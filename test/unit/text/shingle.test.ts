import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_WORDS, reprintKeys } from '@/lib/text/shingle';
import { corpusMissing, devArticles } from '../../helpers/shared-corpus';

const shareKey = (a: string, b: string) => {
  const mine = new Set(a.split(' '));
  return a !== '' && b.split(' ').some((k) => mine.has(k));
};

/** Real article texts long enough to judge (../shared/corpus/dev). */
const articles = devArticles().filter((a) => a.text.split(/\s+/).length >= MIN_WORDS * 2);

/** Moves every tone mark to the other vowel of the pairs the two spellings disagree on (hoà -> hòa, uỷ -> ủy, and back). */
const otherTonePlacement = (text: string) =>
  text.replace(/oà|oá|oả|oã|oạ|uỷ|uý|uỳ|òa|óa|ỏa|õa|ọa|ủy|úy|ùy/g, (m) => ({ oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', uỷ: 'ủy', uý: 'úy', uỳ: 'ùy', òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ', ủy: 'uỷ', úy: 'uý', ùy: 'uỳ' })[m]!);

/**
 * A reprint as news sites make one: the site's own lead line and byline, the
 * agency credit, a tenth of the text cut from the middle, a word changed.
 */
function reprint(text: string): string {
  const words = text.split(' ');
  const middle = Math.floor(words.length / 2);
  const body = [...words.slice(0, middle), ...words.slice(middle + Math.floor(words.length / 10))].join(' ').replace(' và ', ' cùng ');
  return `(Báo Tỉnh) - Theo TTXVN, ${body} Phóng viên: Minh Anh.`;
}

describe.skipIf(corpusMissing)('reprint keys on real articles', () => {
  it('has enough real text to judge', () => {
    expect(articles.length).toBeGreaterThan(60);
  });

  it('gives the same story in NFC, NFD and the other tone placement the same keys', () => {
    for (const a of articles) {
      const keys = reprintKeys('Tiêu đề', a.text);
      expect(keys).not.toBe('');
      expect(reprintKeys('Tiêu đề', a.text.normalize('NFD'))).toBe(keys);
      expect(reprintKeys('Tiêu đề', otherTonePlacement(a.text))).toBe(keys);
    }
  });

  it('folds a reprint with its own lead, byline and a tenth of the text less into its original', () => {
    const missed = articles.filter((a) => !shareKey(reprintKeys('Tin', a.text), reprintKeys('Tin', reprint(a.text))));
    // MinHash is a sampling: at J = 0.7 three reprints in a hundred are missed (shingle.ts); the shortest texts are nearest that.
    expect(missed.length).toBeLessThanOrEqual(Math.ceil(articles.length * 0.03));
  });

  it('keeps every pair of different real articles apart, including reports of one event', () => {
    const keys = articles.map((a) => reprintKeys('', a.text));
    const together: string[] = [];
    for (let i = 0; i < articles.length; i++)
      for (let j = i + 1; j < articles.length; j++) if (shareKey(keys[i]!, keys[j]!)) together.push(`${articles[i]!.id} ${articles[j]!.id}`);
    expect(together).toEqual([]);
  });
});

describe('reprint keys', () => {
  it('keeps one body under two headlines apart, and one headline however written together', () => {
    const body = 'Hội nghị triển khai công tác thông tin đối ngoại năm 2025 diễn ra tại Hà Nội với sự tham dự của đại biểu các bộ, ngành và địa phương. '.repeat(3);
    const keys = reprintKeys('Hòa bình và hợp tác', body);
    expect(keys).not.toBe('');
    expect(reprintKeys('HOÀ BÌNH VÀ HỢP TÁC!'.normalize('NFD'), body)).toBe(keys);
    expect(shareKey(keys, reprintKeys('Hòa bình và phát triển', body))).toBe(false);
  });

  it('gives a text too short to judge no key', () => {
    expect(reprintKeys('Tin ngắn', 'Hội nghị thông tin đối ngoại năm 2025.')).toBe('');
  });

  it('never throws and gives twenty keys or none, on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme', maxLength: 2000 }), (title, text) => {
        const keys = reprintKeys(title, text);
        expect(keys === '' || keys.split(' ').length === 20).toBe(true);
      }),
    );
  });
});
