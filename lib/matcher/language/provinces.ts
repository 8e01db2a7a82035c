/**
 * Vietnam's provinces, a list that is the truth rather than a pattern: a province's
 * name looks like a person's once capitalised (Hòa Bình, Cao Bằng, Lâm Đồng), so the
 * name model must know every one. Kept as the 34 provinces and centrally run cities
 * of 1 July 2025, each with the provinces of the 63 before it that it took in (news
 * goes on naming both), then the main cities.
 *
 * Source: Nghị quyết 202/2025/QH15 of the Quốc hội (12 June 2025) on rearranging
 * provincial units, Article 1 (the 23 new units and what each merged); the 11
 * units it left unchanged are listed alone. Cities and districts: the 2019 census's
 * list of cities and urban districts.
 * Written "new: old, old" one unit a line, so the file stays small in the bundle.
 */
const MERGED = `Hà Nội
Huế: Thừa Thiên Huế
Lai Châu
Điện Biên
Sơn La
Lạng Sơn
Quảng Ninh
Thanh Hóa
Nghệ An
Hà Tĩnh
Cao Bằng
Tuyên Quang: Hà Giang
Lào Cai: Yên Bái
Thái Nguyên: Bắc Kạn
Phú Thọ: Vĩnh Phúc, Hòa Bình
Bắc Ninh: Bắc Giang
Hưng Yên: Thái Bình
Hải Phòng: Hải Dương
Ninh Bình: Hà Nam, Nam Định
Quảng Trị: Quảng Bình
Đà Nẵng: Quảng Nam
Quảng Ngãi: Kon Tum
Gia Lai: Bình Định
Khánh Hòa: Ninh Thuận
Lâm Đồng: Đắk Nông, Bình Thuận
Đắk Lắk: Phú Yên
Hồ Chí Minh: Bà Rịa - Vũng Tàu, Bà Rịa, Vũng Tàu, Bình Dương, Sài Gòn
Đồng Nai: Bình Phước
Tây Ninh: Long An
Cần Thơ: Sóc Trăng, Hậu Giang
Vĩnh Long: Bến Tre, Trà Vinh
Đồng Tháp: Tiền Giang
Cà Mau: Bạc Liêu
An Giang: Kiên Giang`;

/** Each of the 34 provinces of July 2025 with the provinces before it that it took in. */
export const PROVINCES: ReadonlyMap<string, readonly string[]> = new Map(
  MERGED.split('\n').map((line) => {
    const [now, before] = line.split(': ');
    return [now!, before ? before.split(', ') : []];
  }),
);

/**
 * Cities and districts whose name opens with a surname (Hạ Long, Phan Thiết, Châu
 * Đốc…), the ones the name model would take for a person.
 */
export const CITIES: readonly string[] = (
  'Hạ Long,Phan Thiết,Đồng Hới,Đồng Xoài,Châu Đốc,Hà Tiên,Hà Đông,Hoàng Mai,Lê Chân,Ngô Quyền,Dương Kinh'
).split(',');
