/**
 * Place names that look like personal names once capitalised (Hà Nội, Cao Bằng,
 * Hòa Bình, Lâm Đồng, Xiêng Khoảng, Kampong Cham…), and the words that introduce a
 * place. A capitalised run that is a place, or follows one of these words, is never
 * taken for a person. The lists themselves are in provinces.ts and foreign-places.ts.
 */
import { FOREIGN_PLACES } from './foreign-places';
import { CITIES, PROVINCES } from './provinces';

export const PROVINCES_AND_CITIES: readonly string[] = [
  ...[...PROVINCES].flatMap(([now, before]) => [now, ...before]),
  ...CITIES,
  ...FOREIGN_PLACES,
  'Tây Nguyên', 'Bắc Bộ', 'Trung Bộ', 'Nam Bộ', 'Bắc Trung Bộ', 'Đông Nam Bộ', 'Tây Bắc', 'Đông Bắc', 'Việt Bắc',
  'Trường Sa', 'Hoàng Sa', 'Phú Quốc', 'Côn Đảo', 'Biển Đông', 'Diên Hồng',
];

export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Lào', 'Campuchia', 'Thái Lan', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Mông Cổ', 'Ấn Độ',
  'Singapore', 'Malaysia', 'Indonesia', 'Philippines', 'Myanmar', 'Brunei', 'Timor-Leste', 'Đông Timor', 'Hoa Kỳ', 'Mỹ',
  'Nga', 'Liên bang Nga', 'Pháp', 'Đức', 'Anh', 'Ý', 'Italy', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ',
  'Thụy Điển', 'Na Uy', 'Phần Lan', 'Đan Mạch', 'Ba Lan', 'Séc', 'Slovakia', 'Hungary', 'Áo', 'Hy Lạp', 'Thổ Nhĩ Kỳ',
  'Ukraine', 'Belarus', 'Kazakhstan', 'Uzbekistan', 'Iran', 'Iraq', 'Israel', 'Palestine', 'Ai Cập', 'Nam Phi', 'Nigeria',
  'Kenya', 'Algeria', 'Maroc', 'Australia', 'Úc', 'New Zealand', 'Canada', 'Mexico', 'Cuba', 'Venezuela', 'Brazil',
  'Argentina', 'Chile', 'Peru', 'Colombia', 'Ả Rập Xê Út', 'Saudi Arabia', 'Qatar', 'UAE', 'Kuwait', 'Pakistan',
  'Bangladesh', 'Sri Lanka', 'Nepal', 'Mozambique', 'Angola', 'Ireland', 'Scotland', 'Luxembourg', 'Romania', 'Bulgaria',
  'Serbia', 'Croatia', 'Slovenia', 'Estonia', 'Latvia', 'Litva', 'Azerbaijan', 'Armenia', 'Gruzia', 'Châu Á', 'Châu Âu',
  'Châu Phi', 'Châu Mỹ', 'Đông Nam Á', 'Liên hợp quốc', 'Liên Hợp Quốc', 'ASEAN', 'EU', 'Đông Dương', 'Nam Á', 'Trung Đông',
];

/**
 * Words that introduce a place: the capitalised words after them name the place.
 * Streets, schools and memorials are often named after people (đường Nguyễn Huệ),
 * so a name after these is never a person.
 */
export const NAMED_AFTER_PEOPLE: readonly string[] = [
  'đường', 'phố', 'đại lộ', 'quảng trường', 'cầu', 'trường', 'học viện', 'lăng', 'bảo tàng', 'tư tưởng', 'đền', 'chùa',
  'hẻm', 'ngõ', 'khu phố', 'làng', 'thôn', 'ấp', 'bản', 'sông', 'núi', 'đèo', 'vịnh', 'biển', 'hồ', 'đảo', 'quần đảo',
  'cửa khẩu', 'sân bay', 'cảng', 'quê', 'ngụ', 'trú', 'tại',
];

/**
 * Administrative units: an office ends with one ("Chủ tịch UBND tỉnh") and the
 * holder's name often follows, so a clear personal name after them is a person.
 */
export const ADMINISTRATIVE_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'bang', 'khu', 'vùng', 'miền', 'thủ đô',
  // China's prefectures ("châu Văn Sơn").
  'châu',
];

/** Places named after a person: a person only right after a title ("Chủ tịch Hồ Chí Minh"). */
export const PERSON_PLACE_NAMES: readonly string[] = ['Hồ Chí Minh'];
