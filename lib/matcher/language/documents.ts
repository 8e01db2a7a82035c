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

/** Issuer codes of Party bodies: a symbol with any other known issuer is the State's (N/TYPE-ISSUER), however typed. */
export const PARTY_ISSUER_CODES: ReadonlySet<string> = new Set(['TW', 'BTGTW', 'BTGDVTW', 'VPTW', 'BTCTW', 'BĐNTW', 'UBKTTW', 'HNTW', 'TU']);

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
  'thông cáo': 'Thông cáo',
  'kế hoạch': 'Kế hoạch',
  'chương trình hành động': 'Chương trình hành động',
  'chương trình': 'Chương trình',
  'đề án': 'Đề án',
  'công văn': 'Công văn',
  'công điện': 'Công điện',
  'bản ghi nhớ': 'Bản ghi nhớ',
  'luật': 'Luật',
  'pháp lệnh': 'Pháp lệnh',
  'lệnh': 'Lệnh',
  'tờ trình': 'Tờ trình',
  'báo cáo': 'Báo cáo',
  'văn bản': 'Văn bản',
};

/**
 * How sure a kind word followed by a bare number ("Kết luận 16", "hướng dẫn 10
 * đoàn") is of being a document:
 * - `document`: the word names nothing but a document (Nghị quyết, Chỉ thị…);
 * - `verb`: the word is also a verb or a common noun ("quyết định tăng",
 *   "hướng dẫn 10 đoàn", "kế hoạch 5 năm"): written lower case, the number must be
 *   closed by punctuation or followed by what follows a document ("của", "về"…);
 * - `named`: programmes and projects are named after numbers ("Chương trình 135",
 *   "Đề án 06", "Luật 2024"): only with "số", a year or a date ("Chương trình 613
 *   năm 2011") is the number a document's.
 * Kinds not listed take no bare number (a "Văn bản" needs its symbol).
 */
export type BareNumberPolicy = 'document' | 'verb' | 'named';
export const BARE_NUMBER_KINDS: Readonly<Record<string, BareNumberPolicy>> = {
  'Nghị quyết': 'document',
  'Nghị quyết liên tịch': 'document',
  'Nghị định': 'document',
  'Chỉ thị': 'document',
  'Thông tư': 'document',
  'Thông tư liên tịch': 'document',
  'Thông tri': 'document',
  'Công văn': 'document',
  'Công điện': 'document',
  'Bản ghi nhớ': 'document',
  'Thông báo kết luận': 'document',
  'Chương trình hành động': 'document',
  'Tờ trình': 'document',
  'Thông cáo': 'verb',
  'Quyết định': 'verb',
  'Kết luận': 'verb',
  'Quy định': 'verb',
  'Quy chế': 'verb',
  'Hướng dẫn': 'verb',
  'Kế hoạch': 'verb',
  'Thông báo': 'verb',
  'Báo cáo': 'verb',
  'Chương trình': 'named',
  'Đề án': 'named',
  'Pháp lệnh': 'named',
  'Luật': 'named',
  'Văn bản': 'named',
};

/**
 * Words that follow a count, not a document's number: "hướng dẫn 10 đoàn phóng
 * viên", "Kế hoạch 5 năm", "báo cáo 3 nội dung". "năm" and "ngày" count only when
 * no year or date follows them ("Chương trình 613 năm 2011" is a document).
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'tuổi', 'lần', 'lượt', 'người', 'đoàn', 'đồng chí', 'đại biểu',
  'cán bộ', 'đảng viên', 'học viên', 'sinh viên', 'phóng viên', 'nhà báo', 'tỉnh', 'huyện', 'xã', 'phường', 'thôn', 'bản',
  'nước', 'quốc gia', 'đơn vị', 'cơ quan', 'tổ chức', 'doanh nghiệp', 'hộ', 'nội dung', 'vấn đề', 'nhiệm vụ', 'giải pháp',
  'mục tiêu', 'chỉ tiêu', 'điểm', 'mục', 'điều', 'khoản', 'chương', 'phần', 'trường hợp', 'tin', 'bài', 'tác phẩm',
  'cuộc', 'buổi', 'lớp', 'khóa', 'đợt', 'kỳ', 'phiên', 'bước', 'giai đoạn', 'hội nghị', 'dự án', 'chương trình',
  'đề án', 'văn bản', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'vạn', 'km', 'ha', 'tấn', 'đồng', 'usd', 'nhóm', 'loại',
  'lĩnh vực', 'ngành', 'thành viên', 'trang', 'cụm', 'đội', 'lực lượng', 'sản phẩm', 'ý kiến', 'kiến nghị', 'câu hỏi',
  'tập thể', 'cá nhân', 'hoạt động', 'sự kiện', 'công trình', 'chiếc', 'cái', 'con', 'em', 'bộ', 'sở', 'ban', 'trường',
  'đề tài', 'báo', 'kênh', 'ấn phẩm', 'chuyên đề', 'chuyến', 'lao động', 'gia đình', 'địa phương', 'khu vực', 'vụ',
]);

/**
 * Lower-case words after a number that say it is a document's, for a lower-case
 * kind word that is also a verb ("quyết định 999 của Chủ tịch nước", "kết luận 57
 * về …", "kế hoạch 141 đã …").
 */
export const DOCUMENT_FOLLOWERS: ReadonlySet<string> = new Set([
  'của', 'về', 'do', 'đã', 'được', 'đang', 'sẽ', 'vừa', 'mới', 'cũng', 'và', 'cùng', 'hoặc', 'này', 'nêu', 'là', 'có',
  'thì', 'với', 'trong', 'nhằm', 'quy định', 'yêu cầu', 'xác định', 'đề ra', 'chỉ rõ', 'nhấn mạnh', 'khẳng định',
  'tiếp tục', 'ban hành', 'bổ sung', 'sửa đổi', 'thay thế', 'hướng dẫn', 'nêu rõ', 'đặt ra', 'có hiệu lực', 'phê duyệt',
  'chỉ đạo', 'triển khai', 'thông qua',
]);

/** Bodies of the Party's centre: all their documents carry "/TW" (57-KL/TW, 26-CT/TW, 57-NQ/TW). */
export const PARTY_CENTRAL_ISSUERS =
  /^(?:Bộ Chính trị|(?:Thường trực )?Ban Bí thư(?: Trung ương(?: Đảng)?)?|Ban Chấp hành Trung ương(?: Đảng)?|BCH ?(?:Trung ương|TW|TƯ)(?: Đảng)?|BCHTW|Trung ương Đảng|Trung ương|Hội nghị (?:lần thứ [\p{L}\d]+ )?(?:Ban Chấp hành )?Trung ương(?: Đảng)?(?: (?:lần thứ )?[\p{L}\d]+)?)$/iu;
/** The Government (not the Prime Minister, whose resolutions don't exist and decisions carry a year or not). */
export const GOVERNMENT_ISSUER = /^Chính phủ(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?$/iu;
/** The same bodies as a text names them after "của" further on in the sentence ("Nghị quyết 57 về … của Bộ Chính trị"). */
export const PARTY_CENTRAL_LATER =
  /(?:của|do)\s+(bộ chính trị|(?:thường trực )?ban bí thư|ban chấp hành trung ương(?: đảng)?|bch trung ương(?: đảng)?|trung ương đảng|hội nghị lần thứ [\p{L}\d]+ ban chấp hành trung ương(?: đảng)?)(?![\p{L}\d])/u;

/**
 * A bare number resolves only when the kind and issuer make it unambiguous: the
 * Party centre's Kết luận, Chỉ thị and Nghị quyết are N-KL/TW, N-CT/TW and
 * N-NQ/TW; the Government's Nghị quyết is N/NQ-CP. Party numbers restart each term
 * and other bodies number many kinds of documents, so nothing else is safe.
 */
export const PARTY_CENTRAL_CODES: Readonly<Record<string, string>> = { 'Kết luận': 'KL', 'Chỉ thị': 'CT', 'Nghị quyết': 'NQ' };
export const GOVERNMENT_CODES: Readonly<Record<string, string>> = { 'Nghị quyết': 'NQ' };
