/**
 * Document numbering vocabulary (../shared/research/vietnamese.md §1): type codes
 * as officially written, the kind each stands for, issuer codes with their
 * official spelling, and the words news uses for each kind.
 */

/** Type codes → kind. Party symbols put the type before "/" (57-KL/TW), State ones before "-" (47/NQ-CP). */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  'NĐ': 'Nghị định',
  'QĐ': 'Quyết định',
  'QĐi': 'Quy định',
  'QyĐ': 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  TB: 'Thông báo',
  TC: 'Thông cáo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  'ĐA': 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  'HĐ': 'Hợp đồng',
  'CĐ': 'Công điện',
  CV: 'Công văn',
  BGN: 'Bản ghi nhớ',
  VBHN: 'Văn bản hợp nhất',
  BS: 'Bản sao',
};

/** In Party symbols "TT" is a Thông tri and "QĐ" (before 2018) may be a Quy định. */
export const PARTY_KIND_OVERRIDES: Readonly<Record<string, string>> = { TT: 'Thông tri' };

/** Spellings without diacritics seen in news (ND-CP) → the code as written officially. */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  ND: 'NĐ',
  QD: 'QĐ',
  QDI: 'QĐi',
  QYD: 'QyĐ',
  CD: 'CĐ',
  'TƯ': 'TW',
};

/** Issuer codes with an official spelling that is not all capitals, and where they point. */
export const ISSUER_CODES: Readonly<Record<string, string>> = {
  TW: 'Trung ương',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  BĐNTW: 'Ban Đối ngoại Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  HNTW: 'Hội nghị Trung ương',
  VPCP: 'Văn phòng Chính phủ',
  BNG: 'Bộ Ngoại giao',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BNV: 'Bộ Nội vụ',
  UBND: 'Ủy ban nhân dân',
  'HĐND': 'Hội đồng nhân dân',
  TU: 'Tỉnh ủy',
  // The Quốc hội and its standing committee sign with their term (80/2015/QH13): the number is dropped to look up.
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  VPQH: 'Văn phòng Quốc hội',
  CTN: 'Chủ tịch nước',
  BTC: 'Bộ Tài chính',
  BYT: 'Bộ Y tế',
  BCT: 'Bộ Công Thương',
  BXD: 'Bộ Xây dựng',
  BTP: 'Bộ Tư pháp',
  'BGDĐT': 'Bộ Giáo dục và Đào tạo',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  'BKHĐT': 'Bộ Kế hoạch và Đầu tư',
  'BLĐTBXH': 'Bộ Lao động - Thương binh và Xã hội',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BGTVT: 'Bộ Giao thông vận tải',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  TTCP: 'Thanh tra Chính phủ',
  KTNN: 'Kiểm toán nhà nước',
  TANDTC: 'Tòa án nhân dân tối cao',
  VKSNDTC: 'Viện kiểm sát nhân dân tối cao',
};

/** Kind words before a number, as news writes them; the value is the kind's canonical name. */
export const KIND_WORDS: Readonly<Record<string, string>> = {
  'nghị quyết liên tịch': 'Nghị quyết liên tịch',
  'nghị quyết': 'Nghị quyết',
  'nghị định': 'Nghị định',
  'quyết định': 'Quyết định',
  'chỉ thị': 'Chỉ thị',
  'kết luận': 'Kết luận',
  'quy định': 'Quy định',
  'quy chế': 'Quy chế',
  'hướng dẫn': 'Hướng dẫn',
  'thông tư liên tịch': 'Thông tư liên tịch',
  'thông tư': 'Thông tư',
  'thông tri': 'Thông tri',
  'thông báo': 'Thông báo',
  'thông báo kết luận': 'Thông báo kết luận',
  'kế hoạch': 'Kế hoạch',
  'chương trình': 'Chương trình',
  'đề án': 'Đề án',
  'công văn': 'Công văn',
  'công điện': 'Công điện',
  'luật': 'Luật',
  'pháp lệnh': 'Pháp lệnh',
  'lệnh': 'Lệnh',
  'tờ trình': 'Tờ trình',
  'báo cáo': 'Báo cáo',
  'văn bản': 'Văn bản',
};

/**
 * Kinds a bare number may follow ("Kết luận 16", "Quy định 37"): programme and
 * project names take numbers too ("Chương trình 135", "Dự án 10"), so they don't.
 */
export const BARE_NUMBER_KINDS: ReadonlySet<string> = new Set([
  'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Quy định', 'Hướng dẫn', 'Thông tư', 'Thông tri',
  'Kế hoạch', 'Công văn', 'Công điện', 'Thông báo', 'Thông báo kết luận',
]);

/**
 * A number without a symbol resolves only when the kind and issuer make it
 * unambiguous: a Kết luận or Chỉ thị of the Bộ Chính trị, Ban Bí thư or Trung ương
 * is N-KL/TW or N-CT/TW (Party numbers restart each term, so nothing else is safe).
 */
export const PARTY_CENTRAL_ISSUERS = /^(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH Trung ương|BCHTW|Trung ương Đảng|Trung ương)/iu;
export const RESOLVABLE_BARE_KINDS: Readonly<Record<string, string>> = { 'Kết luận': 'KL', 'Chỉ thị': 'CT' };
