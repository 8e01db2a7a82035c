/**
 * Vietnamese surnames, most frequent first (about 100 cover nearly everyone;
 * see ../shared/research/vietnamese.md §3). The rank feeds the name model: a
 * common surname at the start of a capitalised run is strong evidence of a name.
 */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đinh', 'Đoàn', 'Trịnh', 'Trương', 'Lâm', 'Mai', 'Lương', 'Hà', 'Cao', 'Tô', 'Lưu', 'Tạ', 'Chu', 'Thái', 'Vương',
  'Hứa', 'Quách', 'Phùng', 'Triệu', 'Tăng', 'Kiều', 'Nông', 'Lại', 'Mạc', 'Từ', 'Thân', 'Tống', 'Đàm', 'Lò', 'Lục',
  'Khúc', 'Khổng', 'Lã', 'Lữ', 'Lạc', 'Bạch', 'Diệp', 'Châu', 'Chung', 'Giang', 'Hàn', 'Kim', 'La', 'Liễu', 'Mã', 'Mạch',
  'Nghiêm', 'Phí', 'Quan', 'Quản', 'Tôn', 'Trang', 'Vi', 'Ông', 'Ưng', 'Ninh', 'Văn', 'Thạch', 'Đồng', 'Trình', 'Trầm',
  'Ung', 'Vưu', 'Bế', 'Hầu', 'Lầu', 'Giàng', 'Sùng', 'Thào', 'Vàng', 'Mùa', 'Chẩu', 'Sầm', 'Hoàng Phủ', 'Âu', 'Âu Dương',
  'Tiêu', 'Doãn', 'Cù', 'Mẫn', 'Lường', 'Quàng', 'Cầm', 'Lộc', 'Y', 'Ksor', 'Niê', 'Rơ', 'Siu', 'Nay', 'H',
  'Thiều', 'Ôn', 'Tất', 'Viên', 'Yên', 'Đậu', 'Bàn', 'Mông', 'Hạ', 'Phó', 'Nhữ', 'Đường', 'Lỗ', 'Bồ', 'Đới', 'Kha',
  // Chinese and Korean leaders as Vietnamese news writes them (Tập Cận Bình, Phác Geun-hye, Thôi…).
  'Tập', 'Mao', 'Bạc', 'Phác', 'Thôi', 'Tưởng', 'Ngụy',
];

/**
 * Surnames that are also everyday capitalised words (Hà Nội, Cao Bằng, Văn phòng,
 * Đoàn đại biểu, Phó Chủ tịch…): alone they do not start a name.
 */
export const AMBIGUOUS_SURNAMES: readonly string[] = [
  'Văn', 'Hà', 'Cao', 'Lâm', 'Thái', 'Kim', 'Mai', 'Giang', 'Đoàn', 'Quan', 'Châu', 'Ninh', 'Phó', 'Đồng', 'La', 'Y',
  'H', 'Yên', 'Trang', 'Lộc', 'Bàn', 'Hạ', 'Đường', 'Tiêu', 'Viên', 'Tập',
];

/** Middle names that mark a personal name (Văn for men, Thị for women, and the frequent others). */
export const MIDDLE_NAMES: readonly string[] = [
  'Văn', 'Thị', 'Đức', 'Hữu', 'Minh', 'Thanh', 'Quốc', 'Xuân', 'Hồng', 'Ngọc', 'Công', 'Đình', 'Quang', 'Trọng', 'Thế',
  'Tiến', 'Bá', 'Duy', 'Kim', 'Thu', 'Thành', 'Hải', 'Anh', 'Tuấn', 'Mạnh', 'Đăng', 'Trung', 'Phương', 'Thúy', 'Hoài',
  'Khắc', 'Viết', 'Như', 'Tấn', 'Phú', 'Hoàng', 'Bích', 'Lệ', 'Mỹ', 'Cẩm', 'Chí', 'Sỹ', 'Sĩ', 'Huy', 'Tất', 'Đại',
];
