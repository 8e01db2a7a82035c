/**
 * National media and state bodies whose names hold ordinary words: "nói" of Đài
 * Tiếng nói Việt Nam reads as a verb, "và" and the comma of "Báo và Phát thanh,
 * Truyền hình" as the end of a title, so the title would stop inside the name and
 * lose its holder. A title reads each of these whole. Only names with such a word
 * are here; the rest the title grammar reads ("Cổng Thông tin điện tử Chính phủ":
 * "điện tử" is one of its organisation phrases, language/titles.ts).
 *
 * Sources: the Law on the Press and the broadcasters' founding decrees (Đài
 * Tiếng nói Việt Nam), the Government portal's own name (Cổng Thông tin điện tử
 * Chính phủ), the provinces' 2025 mergers of newspaper and broadcaster into one
 * "Báo và Phát thanh, Truyền hình <tỉnh>", the Quốc hội's committees as the
 * Law on the Organisation of the Quốc hội names them, and the bodies' own charters.
 */
export const ORGANISATIONS: readonly string[] = (
  'Đài Tiếng nói Việt Nam|Tiếng nói Việt Nam|Báo và Phát thanh, Truyền hình|Liên hiệp các tổ chức hữu nghị|' +
  'Ủy ban Tài chính, Ngân sách|Ủy ban Văn hóa, Giáo dục|Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực'
).split('|');
