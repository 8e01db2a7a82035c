/**
 * Abbreviations news writes inside titles, and their full forms, for the hover
 * card ("UVBTV" → "Ủy viên Ban Thường vụ") and for comparing two spellings of one
 * title. Keys are matched as whole words, case-sensitive: "BCH", not "bch".
 * (../shared/research/vietnamese.md §2.)
 */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  UVBTV: 'Ủy viên Ban Thường vụ',
  UVTV: 'Ủy viên Thường vụ',
  UVTW: 'Ủy viên Trung ương',
  UVTƯ: 'Ủy viên Trung ương',
  'UVT.Ư': 'Ủy viên Trung ương',
  UVBCH: 'Ủy viên Ban Chấp hành',
  TUV: 'Tỉnh ủy viên',
  BTV: 'Ban Thường vụ',
  BCH: 'Ban Chấp hành',
  BCHTW: 'Ban Chấp hành Trung ương',
  BCĐ: 'Ban Chỉ đạo',
  BTG: 'Ban Tuyên giáo',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương',
  BĐN: 'Ban Đối ngoại',
  BĐNTW: 'Ban Đối ngoại Trung ương',
  'T.Ư': 'Trung ương',
  'T.W': 'Trung ương',
  TƯ: 'Trung ương',
  TW: 'Trung ương',
  HĐND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQ: 'Mặt trận Tổ quốc',
  TTĐN: 'thông tin đối ngoại',
  ĐBQH: 'Đại biểu Quốc hội',
  QH: 'Quốc hội',
  TP: 'Thành phố',
  'TP.': 'Thành phố',
  TTXVN: 'Thông tấn xã Việt Nam',
  QĐND: 'Quân đội nhân dân',
  CAND: 'Công an nhân dân',
  LHQ: 'Liên hợp quốc',
};

const KEYS = Object.keys(TITLE_ABBREVIATIONS).sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words: no letter on either side (the dot of "T.Ư" is part of the key).
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${KEYS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The title with every abbreviation written out: "UVBTV Tỉnh ủy" → "Ủy viên Ban Thường vụ Tỉnh ủy". */
export function expandTitle(title: string): string {
  const nfc = title.normalize('NFC');
  return nfc.replace(ABBREVIATION, (abbreviation) => TITLE_ABBREVIATIONS[abbreviation] ?? abbreviation);
}
