/**
 * What the user selects to add by hand: read by the matcher when it can (the
 * name and title of "Bộ trưởng …", the id and kind of "Kết luận số …"), else
 * taken as written; spaces and punctuation around the selection dropped; the
 * mention pointing into the clipping's text.
 */
import { describe, expect, it } from 'vitest';
import { directiveFromSelection, officialFromSelection, trimSelection } from '@/lib/learn/by-hand';
import { analyze } from '@/lib/matcher/analyze';

const TEXT = 'Hội nghị có Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, nhà nghiên cứu Ngô Thanh Tùng, và quán triệt Kết luận số 57-KL/TW, Quy định 37.';
const range = (words: string) => [TEXT.indexOf(words), TEXT.indexOf(words) + words.length] as const;

describe('adding by hand from a selection', () => {
  it('reads a titled name as the matcher does, the mention inside the text', () => {
    const [start, end] = range('Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn');
    const official = officialFromSelection(TEXT, start, end, analyze)!;
    expect(official.name).toBe('Bùi Thanh Sơn');
    expect(official.titles).toEqual(['Bộ trưởng Bộ Ngoại giao']);
    expect(TEXT.slice(official.mentions[0]!.start, official.mentions[0]!.end)).toBe('Bùi Thanh Sơn');
  });

  it('takes an untitled name as written, without the spaces and commas selected around it', () => {
    const at = TEXT.indexOf('Ngô Thanh Tùng');
    // " Ngô Thanh Tùng, " selected: the space before, the comma and space after.
    expect(officialFromSelection(TEXT, at - 1, at + 16, analyze)).toEqual({ name: 'Ngô Thanh Tùng', titles: [], mentions: [{ start: at, end: at + 14 }] });
  });

  it('reads a directive reference to its id and kind, and keeps an unreadable one as written', () => {
    const [start, end] = range('Kết luận số 57-KL/TW');
    expect(directiveFromSelection(TEXT, start, end, analyze)).toMatchObject({ id: '57-KL/TW', kind: 'Kết luận' });
    const [s2, e2] = range('Quy định 37');
    expect(directiveFromSelection(TEXT, s2, e2, analyze)).toMatchObject({ id: 'Quy định 37' });
  });

  it('refuses a selection of nothing but spaces and punctuation', () => {
    expect(trimSelection(TEXT, TEXT.indexOf(', '), TEXT.indexOf(', ') + 2)).toBeNull();
    expect(officialFromSelection(TEXT, 5, 5, analyze)).toBeNull();
  });
});
