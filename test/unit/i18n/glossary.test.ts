import { describe, expect, it } from 'vitest';
import { glossBody, glossDirective, glossTitle } from '@/lib/i18n/gloss';
import { glossKind } from '@/lib/i18n/kind-glosses';
import { TITLE_ABBREVIATIONS } from '@/lib/matcher/language/abbreviations';
import { ISSUER_CODES, KIND_WORDS, PARTY_CENTRAL_ISSUERS, PARTY_KIND_OVERRIDES, TYPE_CODES } from '@/lib/matcher/language/documents';
import { DEPUTY_HEADS, HEADS, RANKS } from '@/lib/matcher/language/titles';

/** Letters only Vietnamese writes: a gloss holding one left a Vietnamese word untranslated. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323\u1EA0-\u1EF9]/u;

describe('the glossary covers what the matcher knows', () => {
  it('has English for every title head and rank, alone and with Phó', () => {
    for (const head of [...DEPUTY_HEADS, ...HEADS, ...RANKS]) {
      const english = glossTitle(head);
      expect(english, head).toBeDefined();
      expect(english, head).not.toMatch(VIETNAMESE);
    }
    for (const head of DEPUTY_HEADS) expect(glossTitle(`Phó ${head}`), `Phó ${head}`).toMatch(/^(?:Deputy|Vice) /);
  });

  it('has English for every document kind, from type codes and from the words news uses', () => {
    for (const kind of [...Object.values(TYPE_CODES), ...Object.values(PARTY_KIND_OVERRIDES), ...Object.values(KIND_WORDS)]) {
      expect(glossKind(kind), kind).toBeDefined();
    }
  });

  it('has English for every issuing body and every body an abbreviation stands for', () => {
    for (const body of Object.values(ISSUER_CODES)) {
      const english = glossBody(body);
      expect(english, body).toBeDefined();
      expect(english, body).not.toMatch(VIETNAMESE);
    }
    for (const [abbreviation, full] of Object.entries(TITLE_ABBREVIATIONS)) {
      expect(glossTitle(abbreviation) ?? glossBody(abbreviation), `${abbreviation} (${full})`).toBeDefined();
    }
  });

  it("has English for the Party centre's bodies the matcher reads as issuers", () => {
    const centre = ['Bộ Chính trị', 'Ban Bí thư', 'Ban Bí thư Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng', 'Trung ương Đảng', 'Trung ương', 'Hội nghị Trung ương'];
    for (const body of centre) {
      expect(PARTY_CENTRAL_ISSUERS.test(body), body).toBe(true);
      expect(glossBody(body), body).toBeDefined();
    }
    expect(glossBody('Bộ Chính trị')).toBe('Politburo');
    expect(glossBody('Ban Bí thư')).toBe('Secretariat');
  });
});

describe('titles composed from their parts', () => {
  it('builds a deputy head of a central commission from head, deputy and body', () => {
    expect(glossTitle('Phó Trưởng Ban Tuyên giáo Trung ương')).toBe('Deputy Head of the Central Propaganda and Education Commission');
    expect(glossTitle('Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương')).toBe('Deputy Head of the Central Propaganda and Mass Mobilisation Commission');
    expect(glossTitle('Trưởng Ban Đối ngoại Trung ương')).toBe('Head of the Central External Relations Commission');
  });

  it('reads local bodies with their level and keeps the place as written', () => {
    expect(glossTitle('Bí thư Tỉnh ủy Cao Bằng')).toBe('Secretary of the Provincial Party Committee, Cao Bằng');
    expect(glossTitle('Chủ tịch UBND tỉnh Cao Bằng')).toBe("Chairman of the Provincial People's Committee, Cao Bằng");
    expect(glossTitle('Phó Chủ tịch Thường trực UBND TP Hà Nội')).toBe("Standing Vice Chairman of the Municipal People's Committee, Hà Nội");
    expect(glossTitle('UVBTV Tỉnh ủy')).toBe('Member of the Standing Board of the Provincial Party Committee');
  });

  it('says a minister of the ministry once, and the State titles as the State says them', () => {
    expect(glossTitle('Bộ trưởng Bộ Ngoại giao')).toBe('Minister of Foreign Affairs');
    expect(glossTitle('Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch')).toBe('Minister of Culture, Sports and Tourism');
    expect(glossTitle('Phó Thủ tướng Chính phủ')).toBe('Deputy Prime Minister');
    expect(glossTitle('nguyên Phó Chủ tịch nước')).toBe('Former Vice President');
    expect(glossTitle('Ủy viên Bộ Chính trị')).toBe('Member of the Politburo');
    expect(glossTitle('Phó Đô đốc')).toBe('Vice Admiral');
  });

  it('glosses offices held together one by one', () => {
    expect(glossTitle('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy')).toBe('Member of the Party Central Committee, Secretary of the Provincial Party Committee');
  });

  it('reads any case, NFD and either tone placement', () => {
    const expected = 'Member of the Standing Board of the Municipal Party Committee';
    expect(glossTitle('Ủy viên Ban Thường vụ Thành ủy')).toBe(expected);
    expect(glossTitle('Uỷ viên Ban Thường vụ Thành uỷ')).toBe(expected);
    expect(glossTitle('ủy viên ban thường vụ thành ủy'.normalize('NFD'))).toBe(expected);
  });

  it('gives nothing for a title with no known head', () => {
    expect(glossTitle('Nhà báo')).toBeUndefined();
    expect(glossBody('Báo Nhân Dân')).toBeUndefined();
  });
});

describe('directives', () => {
  it("names a directive's kind from its symbol, Party or State, or from its kind word", () => {
    expect(glossDirective('57-KL/TW')).toBe('Conclusion');
    expect(glossDirective('57-NQ/TW')).toBe('Resolution');
    expect(glossDirective('12-TT/TW')).toBe('Instruction');
    expect(glossDirective('05/2020/TT-BTTTT')).toBe('Circular');
    expect(glossDirective('72/ND-CP')).toBe('Decree');
    expect(glossDirective('362/QĐ-TTg')).toBe('Decision');
    expect(glossDirective('Kết luận 57')).toBe('Conclusion');
  });
});
