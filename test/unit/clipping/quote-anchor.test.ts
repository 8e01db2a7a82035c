/**
 * Finding a kept quote again: in the text it came from, in the same article
 * written with the other tone placement, NFD and other whitespace, after the
 * page changed around it (exact alone), and never when the passage is gone.
 * On any input it never throws and what it finds is the quote; on real
 * articles from ../shared every passage is found where it was taken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, foldText, MAX_CANDIDATES } from '@/lib/clipping/quote-anchor';
import { targetOf, targetOfSelection } from '@/lib/clipping/quotes';
import { fold } from '@/lib/text/fold';
import { corpusMissing, loadGold } from '../../../scripts/lib/corpus';

const ARTICLE =
  'Ngày 5/3, Bộ Ngoại giao tổ chức họp báo. Người phát ngôn nói: Việt Nam ủng hộ hòa bình, ổn định và hợp tác. ' +
  'Về Biển Đông, Việt Nam ủng hộ hòa bình và đối thoại. Các cấp ủy quán triệt tinh thần chỉ đạo.';

const at = (text: string, passage: string, from = 0) => {
  const start = text.indexOf(passage, from);
  return targetOf(text, start, start + passage.length)!;
};

describe('anchoring a quote', () => {
  it('finds the passage where it was taken, the context telling two occurrences apart', () => {
    const second = at(ARTICLE, 'Việt Nam ủng hộ hòa bình', ARTICLE.indexOf('Biển Đông'));
    const found = anchorQuote(foldText(ARTICLE), second)!;
    expect(found.start).toBe(second.start);
    expect(ARTICLE.slice(found.start, found.end)).toBe('Việt Nam ủng hộ hòa bình');
  });

  it('finds it in the page written with the other tone placement, in NFD, with other spacing and case', () => {
    const target = at(ARTICLE, 'Các cấp ủy quán triệt');
    const page = `Tin mới\n\n${ARTICLE.replace(/ủy/g, 'uỷ').replace(/hòa/g, 'hoà').replace(/\. /g, '.\n   ')}`.normalize('NFD');
    const found = anchorQuote(foldText(page), target)!;
    expect(fold(page.slice(found.start, found.end))).toBe(fold('Các cấp ủy quán triệt'));
    expect(page.slice(found.end).normalize('NFC')).toBe(' tinh thần chỉ đạo.');
  });

  it('falls back to the exact text alone when the page around it changed, nearest the old position', () => {
    const target = at(ARTICLE, 'hợp tác');
    const edited = ARTICLE.replace('ổn định và hợp tác.', 'cùng hợp tác phát triển.');
    const found = anchorQuote(foldText(edited), target)!;
    expect(edited.slice(found.start, found.end)).toBe('hợp tác');
  });

  it('finds nothing once the passage is gone, rather than something else', () => {
    const target = at(ARTICLE, 'Các cấp ủy quán triệt');
    expect(anchorQuote(foldText(ARTICLE.replace('quán triệt', 'thực hiện')), target)).toBeNull();
  });

  it('widens a selection to whole words and keeps about 32 characters of context each side', () => {
    const start = ARTICLE.indexOf('oại giao');
    const target = targetOf(ARTICLE, start, start + 3)!;
    expect(target.exact).toBe('Ngoại');
    expect(target.prefix).toBe('Ngày 5/3, Bộ ');
    expect(target.suffix).toHaveLength(32);
    expect(targetOf(ARTICLE, 9, 10)).toBeNull();
  });

  it('builds the selector of the context menu\'s selected text from the clipping\'s text', () => {
    expect(targetOfSelection(ARTICLE, '  Các cấp uỷ quán triệt ')).toMatchObject({ exact: 'Các cấp ủy quán triệt', start: ARTICLE.indexOf('Các cấp') });
    expect(targetOfSelection(ARTICLE, 'không có trong bài')).toBeNull();
  });

  it('never throws on any text and any target, and what it finds folds to the quote', () => {
    const target = fc.record({ exact: fc.string({ unit: 'grapheme', maxLength: 12 }), prefix: fc.string({ maxLength: 40 }), suffix: fc.string({ maxLength: 40 }), start: fc.nat(), end: fc.nat() });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), target, (text, t) => {
        const found = anchorQuote(foldText(text), t);
        if (found) expect(fold(text.slice(found.start, found.end))).toContain(fold(t.exact));
      }),
      { numRuns: 500 },
    );
  });

  it('weighs a bounded number of occurrences, so a word repeated over a whole text costs one scan', () => {
    const text = 'và '.repeat(MAX_CANDIDATES * 20);
    const found = anchorQuote(foldText(text), { exact: 'và', prefix: '', suffix: '', start: text.length, end: text.length });
    // Past the bound no occurrence is weighed: the nearest one inside it is chosen.
    expect(found!.start).toBe((MAX_CANDIDATES - 1) * 3);
  });
});

const missing = corpusMissing();
describe.skipIf(missing)(`quotes on real articles (${missing ? `skipped: ${missing}` : 'read from ../shared/corpus'})`, () => {
  it('finds every passage taken from a real article where it was taken, also in the other tone placement', () => {
    const docs = missing ? [] : loadGold();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 300 }), (d, from, length) => {
        const text = docs[d]!.text;
        const start = from % Math.max(1, text.length);
        const target = targetOf(text, start, start + length);
        if (!target) return;
        const found = anchorQuote(foldText(text), target)!;
        expect(text.slice(found.start, found.end)).toBe(target.exact);
        const retoned = text.replace(/òa/g, 'oà').replace(/ủy/g, 'uỷ').normalize('NFD');
        const again = anchorQuote(foldText(retoned), target)!;
        expect(fold(retoned.slice(again.start, again.end))).toBe(fold(target.exact));
      }),
      { numRuns: 300 },
    );
  });
});
