/**
 * The title grammar's vocabulary (../shared/research/vietnamese.md §2):
 *   TITLE := MODIFIER* ("Phó")? HEAD ORG-CONTINUATION
 * Heads are matched case-insensitively and in either tone placement; "Phó" (deputy)
 * combines with every head that has a deputy. The lexicon builder adds the heads
 * the seed articles use.
 */

/** Heads that take "Phó" for their deputy. */
export const DEPUTY_HEADS: readonly string[] = [
  // Party
  'Bí thư', 'Trưởng ban', 'Trưởng Tiểu ban', 'Chánh Văn phòng', 'Chủ nhiệm', 'Trưởng Đoàn', 'Trưởng đoàn',
  // State and government
  'Chủ tịch', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Thủ tướng', 'Tổng Thư ký', 'Chánh án', 'Viện trưởng',
  'Tổng Kiểm toán', 'Thống đốc', 'Tổng cục trưởng', 'Cục trưởng', 'Vụ trưởng', 'Giám đốc', 'Tổng Giám đốc',
  'Tổng Biên tập', 'Trưởng phòng', 'Chánh Thanh tra', 'Tổng Thanh tra', 'Trưởng Công an', 'Trưởng Cơ quan đại diện',
  'Trưởng Đại diện', 'Trưởng Văn phòng', 'Chủ tịch Hội', 'Giám đốc Sở', 'Giám đốc Công an', 'Trưởng phái đoàn',
  // Military and police
  'Tư lệnh', 'Chính ủy', 'Tham mưu trưởng', 'Tổng Tham mưu trưởng', 'Chỉ huy trưởng', 'Đô đốc', 'Thủ trưởng',
  // Heads of local government: Vietnam's districts, and the provinces and districts of Laos and Cambodia.
  'Quận trưởng', 'Huyện trưởng', 'Tỉnh trưởng', 'Thị trưởng',
  // Foreign
  'Tổng thống', 'Thủ hiến', 'Ngoại trưởng',
];

/** Heads that stand alone. */
export const HEADS: readonly string[] = [
  'Tổng Bí thư', 'Thường trực Ban Bí thư', 'Ủy viên', 'Ủy viên dự khuyết', 'Thường vụ', 'Bộ trưởng', 'Thứ trưởng',
  'Người phát ngôn', 'Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Đại biện', 'Tham tán', 'Công sứ', 'Đặc phái viên',
  'Đại biểu Quốc hội', 'Trợ lý', 'Quốc vương', 'Nhà vua', 'Nữ hoàng', 'Nghị sĩ', 'Thượng nghị sĩ', 'Hạ nghị sĩ',
  'Tổng Thư ký Liên hợp quốc', 'Phát ngôn viên', 'Thường trực', 'Thành viên',
  // A Party committee's member named by the committee: "Tỉnh ủy viên", "Thành ủy viên"…
  'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Quận ủy viên', 'Thị ủy viên', 'Đảng ủy viên',
  // Abbreviations seen in news: member of the provincial standing committee, of the Central Committee…
  'UVBTV', 'UVTV', 'UVTW', 'UVTƯ', 'UVT.Ư', 'UVBCH', 'TUV', 'ĐBQH',
];

/** Military and police ranks: a title by themselves ("Thiếu tướng Nguyễn Văn Kỷ"). */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Đại tá',
  'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
];

/** Words before a head that change who holds the office (former, late, acting); kept in the title. */
export const TITLE_MODIFIERS: readonly string[] = ['nguyên', 'cố', 'quyền', 'Q.'];

/** Forms of address before a name; they make a name likely but not an official. */
export const HONORIFICS: readonly string[] = ['đồng chí', 'ông', 'bà', 'ngài', 'phu nhân', 'các đồng chí'];

/** Academic and honorary prefixes: skipped before a name, never a title on their own. */
export const ACADEMIC_PREFIXES: readonly string[] = [
  'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'CN', 'KS', 'BS', 'NGND', 'NGƯT', 'NSND', 'NSƯT', 'GS.TS', 'PGS.TS', 'GS.TSKH', 'BS.CK2',
];

/**
 * Lower-case words that end a title: the clause goes on after them ("… Chủ tịch
 * UBND tỉnh đến dự"). Titles otherwise run on through the organisation's name,
 * whose later syllables are lower case (Bộ Ngoại giao, Ban Chỉ đạo công tác thông
 * tin đối ngoại).
 */
export const TITLE_STOPWORDS: readonly string[] = [
  'cho biết', 'cho rằng', 'phát biểu', 'nhấn mạnh', 'chủ trì', 'đồng chủ trì', 'dự', 'đến dự', 'tham dự', 'cùng dự',
  'khẳng định', 'đề nghị', 'báo cáo', 'trình bày', 'kết luận', 'tin tưởng', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'là',
  'có', 'được', 'bị', 'cùng', 'cùng với', 'thay mặt', 'gặp', 'gặp mặt', 'tiếp', 'tiếp đón', 'làm việc', 'thăm',
  'chúc mừng', 'yêu cầu', 'chỉ đạo', 'ký', 'ban hành', 'nói', 'lưu ý', 'giới thiệu', 'khai mạc', 'bế mạc', 'trao',
  'trao tặng', 'tặng', 'dẫn đầu', 'chia sẻ', 'đánh giá', 'ghi nhận', 'biểu dương', 'đồng thời', 'nêu', 'nêu rõ',
  'phân tích', 'trả lời', 'hỏi', 'đọc', 'gửi', 'điện', 'với', 'cũng', 'không', 'chưa', 'để', 'khi', 'trong', 'ngày',
  'sáng', 'chiều', 'tối', 'hôm', 'lúc', 'này', 'đó', 'kiêm', 'hội đàm', 'điện đàm', 'hội kiến', 'đề xuất', 'mong muốn',
  'hoan nghênh', 'cảm ơn', 'bày tỏ', 'quán triệt', 'triển khai', 'chủ động', 'cần', 'phải', 'muốn', 'ra', 'vào',
  'lên', 'xuống', 'qua', 'theo', 'thì', 'mà', 'nhưng', 'nên', 'do', 'bởi', 'vì', 'như', 'nhằm', 'sau', 'trước',
  'đây', 'ấy', 'kỳ', 'lần', 'năm', 'tháng', 'gồm', 'và các', 'các', 'những', 'một', 'hai', 'ba', 'đại diện', 'lãnh đạo',
  'đồng chí', 'ông', 'bà', 'ngài', 'thành công', 'tốt đẹp', 'trân trọng', 'xin', 'ghi', 'viết', 'nhận', 'nhận định',
  'tham gia', 'tham luận', 'thông báo', 'tuyên bố', 'khuyến cáo', 'kêu gọi', 'đặt', 'dành', 'lập',
  'phụ trách', 'kiểm tra', 'thị sát', 'tổ chức', 'phê duyệt', 'đồng ý', 'nhất trí', 'chủ tọa', 'điều hành',
  // A role taken in the sentence, not part of the office: "…, Phó Bí thư Tỉnh ủy làm Trưởng Ban chỉ đạo".
  'làm', 'giữ chức', 'được bầu', 'được bổ nhiệm',
];

/**
 * Lower-case phrases inside organisation names that look like clause words ("tối" of
 * tối cao, "dân" of nhân dân, "nói" of Đài Tiếng nói Việt Nam, "điện" of Cổng Thông tin
 * điện tử Chính phủ, "tổ chức" of Liên hiệp các tổ chức hữu nghị): the national media
 * and state bodies whose names hold ordinary words, by those words (their charters
 * and founding decrees name them so).
 */
export const TITLE_INNER_PHRASES: readonly string[] = [
  'tối cao', 'nhân dân', 'trung ương', 'thường trực', 'đối ngoại', 'thông tin', 'công tác', 'quốc gia', 'chính trị',
  'quốc phòng', 'an ninh', 'đại biểu', 'dân tộc', 'tôn giáo', 'kiểm sát', 'kiểm tra', 'thanh tra', 'nhà nước', 'xã hội',
  'kinh tế', 'ngoại giao', 'ngoại vụ', 'truyền thông', 'phát triển', 'hợp tác', 'quốc tế', 'đối ngoại nhân dân', 'điện tử', 'tiếng nói',
  // Longer than two words: read whole inside a title, prepositions and all.
  'về người Việt Nam ở nước ngoài', 'người Việt Nam ở nước ngoài', 'thông tin đối ngoại', 'các tổ chức hữu nghị',
];

/** Organisation names with a comma inside ("Bộ Văn hóa, Thể thao và Du lịch"): what may follow the comma. */
export const COMMA_ORG_PARTS: readonly string[] = [
  'Thể thao và Du lịch', 'Thương binh và Xã hội', 'Giáo dục, Thanh niên', 'Thanh niên, Thiếu niên và Nhi đồng',
  'Thiếu niên và Nhi đồng', 'Công nghệ và Môi trường', 'Khoa học và Công nghệ', 'Dân tộc và Tôn giáo', 'Thể thao',
  // The Quốc hội's committees, and each province's merged "Báo và Phát thanh, Truyền hình" (2025).
  'Ngân sách', 'Giáo dục', 'Truyền hình',
];
