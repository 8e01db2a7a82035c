import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '@/lib/text/normalize';
import { foldKey } from '@/lib/text/keys';

describe('normalize', () => {
  it('folds the new tone placement into the old one, leaving closed syllables and quý alone', () => {
    expect(normalize('hoà bình, Uỷ ban, Thuỷ, khoẻ, quý, hoàn, thuyền').text).toBe('hòa bình, Ủy ban, Thủy, khỏe, quý, hoàn, thuyền');
  });

  it('composes decomposed text and maps offsets back to it', () => {
    const original = 'Ông Nguyễn Trọng Nghĩa phát biểu'.normalize('NFD');
    const n = normalize(original);
    expect(n.text).toBe('Ông Nguyễn Trọng Nghĩa phát biểu');
    const start = n.text.indexOf('Nguyễn');
    const r = originalRange(n, start, start + 'Nguyễn Trọng Nghĩa'.length);
    expect(original.slice(r.start, r.end).normalize('NFC')).toBe('Nguyễn Trọng Nghĩa');
  });

  it('drops zero-width characters and soft hyphens without breaking offsets', () => {
    const original = 'Kết\u200b luận 57\u00ad-KL/TW';
    const n = normalize(original);
    expect(n.text).toBe('Kết luận 57-KL/TW');
    const r = originalRange(n, n.text.indexOf('57'), n.text.length);
    expect(original.slice(r.start, r.end)).toBe('57\u00ad-KL/TW');
  });

  it('maps offsets after many dropped and composed characters, far into a long text', () => {
    const sentence = 'Thủ tướng\u200b Phạm Minh Chính chủ trì hội nghị. ';
    const original = sentence.repeat(200) + 'Kết luận số 57-KL/TW'.normalize('NFD') + sentence.repeat(3);
    const n = normalize(original);
    const at = n.text.indexOf('Kết luận');
    const r = originalRange(n, at, at + 'Kết luận số 57-KL/TW'.length);
    expect(original.slice(r.start, r.end).normalize('NFC')).toBe('Kết luận số 57-KL/TW');
    const last = n.text.lastIndexOf('Phạm Minh Chính');
    const name = originalRange(n, last, last + 'Phạm Minh Chính'.length);
    expect(original.slice(name.start, name.end)).toBe('Phạm Minh Chính');
  });

  it('makes odd spaces plain, dashes "-" and slashes "/", keeping the length', () => {
    const original = 'Số\u00a057\u2013KL\u2215TW\u202fngày';
    const n = normalize(original);
    expect(n.text).toBe('Số 57-KL/TW ngày');
    expect(n.text.length).toBe(original.length);
  });

  it('replaces and folds every kind on a page with many kinds of each', () => {
    const original = 'Số\u00a057\u2013KL\u2215TW\u202fngày 1\u22122, hoà, khoẻ, thuỷ, toạ đàm, hoá, quý\u2014hết';
    const n = normalize(original);
    expect(n.text).toBe('Số 57-KL/TW ngày 1-2, hòa, khỏe, thủy, tọa đàm, hóa, quý-hết');
    expect(n.text.length).toBe(original.length);
  });

  it('folds a tone pair written in mixed case letter by letter, keeping the length and the offsets', () => {
    const n = normalize('Bài viết của hoÀ bình, THUỶ và thuỶ');
    expect(n.text).toBe('Bài viết của hòA bình, THỦY và thủY');
    expect(n.lower).toBe('bài viết của hòa bình, thủy và thủy');
  });

  it('replaces look-alike letters (Icelandic Ð, Cyrillic) with Vietnamese ones', () => {
    expect(normalize('Trần Hải Ðường, Việt Nаm').text).toBe('Trần Hải Đường, Việt Nam');
  });

  it('still replaces and folds the rest when a combining mark composes with nothing', () => {
    const n = normalize('x\u0301 Uỷ ban\u00a0hoà bình');
    expect(n.text).toBe('x\u0301 Ủy ban hòa bình');
    expect(n.lower).toBe('x\u0301 ủy ban hòa bình');
  });

  it('folds a tone pair whose first letter was a look-alike, and leaves other symbols as written', () => {
    // Cyrillic о in "hоà": replaced first, then folded like any "hoà".
    expect(normalize('Hội nghị hоà bình\r\n© 2024 · 25°C\t€').text).toBe('Hội nghị hòa bình\n\n© 2024 · 25°C €');
  });

  it('gives the same key to spellings of one name', () => {
    expect(foldKey('Phan Xuân Thủy')).toBe(foldKey('PHAN XUÂN THUỶ'.normalize('NFD')));
    expect(foldKey('Ủy viên')).toBe(foldKey('uỷ  viên'));
  });
});
