/**
 * Provinces, regions and capitals of the countries Vietnamese news names most, as
 * the press writes them: the Vietnamese reading ("Xiêng Khoảng", "Quảng Tây") and
 * the Latin one ("Rattanakiri", "Gyeonggi"). A list is the truth here: after
 * "tỉnh" or a title a foreign place is a capitalised run like any foreign name
 * ("Tỉnh trưởng tỉnh Kampong Cham, ông …"), and only knowing it tells them apart.
 * One comma-separated string per country keeps the bundle small.
 *
 * Sources, per group: each country's official list of first-level units (Lao
 * Statistics Bureau; Cambodia's 2019 census; China's, Russia's, Korea's and
 * Japan's constitutions and statistics offices; the 50 US states), with the
 * Vietnamese readings used by Nhân Dân, VOV and TTXVN; for China the border
 * prefectures of Yunnan and Guangxi that pair with Vietnam's provinces; for
 * ASEAN the capitals and the regions named in twinning agreements.
 */
const LAOS =
  'Viêng Chăn,Vientiane,Phông Sa Lỳ,Phongsaly,Luông Nặm Thà,Luang Namtha,Bò Kẹo,Bokeo,U Đôm Xay,Oudomxay,Luông Pha Băng,' +
  'Luang Prabang,Hủa Phăn,Houaphanh,Sầm Nưa,Xay Nha Bu Ly,Xayaboury,Sainyabuli,Xiêng Khoảng,Xieng Khouang,Xay Sổm Bun,' +
  'Xaysomboun,Bô Ly Khăm Xay,Bolikhamxay,Khăm Muồn,Khammouane,Thà Khẹc,Xa Vẳn Na Khệt,Savannakhet,Sả Lạ Văn,Salavan,' +
  'Saravane,Xê Kông,Sê Kông,Sekong,Chăm Pa Sắc,Champasak,Pắc Xế,Pakse,Át Tạ Pư,Attapeu';
const CAMBODIA =
  'Phnôm Pênh,Phnom Penh,Banteay Meanchey,Battambang,Bát Tam Bang,Kampong Cham,Kông Pông Chàm,Kampong Chhnang,' +
  'Kampong Speu,Kampong Thom,Kampot,Kandal,Kep,Koh Kong,Kratie,Kratiê,Mondulkiri,Oddar Meanchey,Pailin,Preah Sihanouk,' +
  'Sihanoukville,Preah Vihear,Prey Veng,Pursat,Ratanakiri,Rattanakiri,Siem Reap,Xiêm Riệp,Stung Treng,Svay Rieng,' +
  'Xvây Riêng,Takeo,Tà Keo,Tbong Khmum';
const CHINA =
  'Bắc Kinh,Thượng Hải,Thiên Tân,Trùng Khánh,Quảng Đông,Quảng Tây,Vân Nam,Quý Châu,Tứ Xuyên,Hồ Nam,Hồ Bắc,Hà Bắc,' +
  'Sơn Đông,Thiểm Tây,Cam Túc,Thanh Hải,Tân Cương,Tây Tạng,Nội Mông,Ninh Hạ,Hắc Long Giang,Cát Lâm,Liêu Ninh,Giang Tô,' +
  'Chiết Giang,An Huy,Phúc Kiến,Giang Tây,Hải Nam,Đài Loan,Hồng Kông,Ma Cao,Côn Minh,Nam Ninh,Văn Sơn,Hồng Hà,Bằng Tường,' +
  'Đông Hưng,Phòng Thành Cảng,Sùng Tả,Bách Sắc,Hà Khẩu,Quảng Châu,Thâm Quyến,Hàng Châu,Nam Kinh,Vũ Hán,Thành Đô,Hạ Môn';
const RUSSIA =
  'Moskva,Mátxcơva,Mát-xcơ-va,Saint Petersburg,Xanh Pê-téc-bua,Vladivostok,Primorsky,Primorye,Novosibirsk,Kazan,' +
  'Tatarstan,Yekaterinburg,Sverdlovsk,Ulyanovsk,Irkutsk,Khabarovsk,Kaliningrad,Krasnodar,Sochi,Bashkortostan,Chechnya,' +
  'Dagestan,Rostov,Volgograd,Samara,Omsk,Tomsk,Kemerovo,Yakutia,Sakhalin,Kamchatka,Murmansk,Crimea,Krym';
const KOREA =
  'Seoul,Xơ-un,Busan,Incheon,Daegu,Daejeon,Gwangju,Ulsan,Sejong,Gyeonggi,Gangwon,Chungcheong,Chungcheongbuk,' +
  'Chungcheongnam,Jeolla,Jeollabuk,Jeollanam,Gyeongsang,Gyeongsangbuk,Gyeongsangnam,Jeju,Bình Nhưỡng,Pyongyang';
const JAPAN =
  'Hokkaido,Aomori,Iwate,Miyagi,Akita,Yamagata,Fukushima,Ibaraki,Tochigi,Gunma,Saitama,Chiba,Tokyo,Tô-ky-ô,Kanagawa,' +
  'Niigata,Toyama,Ishikawa,Fukui,Yamanashi,Nagano,Gifu,Shizuoka,Aichi,Mie,Shiga,Kyoto,Osaka,Hyogo,Nara,Wakayama,Tottori,' +
  'Shimane,Okayama,Hiroshima,Yamaguchi,Tokushima,Kagawa,Ehime,Kochi,Fukuoka,Saga,Nagasaki,Kumamoto,Oita,Miyazaki,' +
  'Kagoshima,Okinawa,Yokohama,Nagoya,Kobe,Sapporo,Sendai';
const UNITED_STATES =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,' +
  'Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,' +
  'Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,' +
  'Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,' +
  'West Virginia,Wisconsin,Wyoming,Los Angeles,San Francisco,Chicago,Houston,Seattle,Boston,Honolulu,Oa-sinh-tơn,' +
  'Hoa Thịnh Đốn,Niu Oóc,Cựu Kim Sơn';
const ASEAN =
  'Băng Cốc,Bangkok,Kuala Lumpur,Putrajaya,Gia-các-ta,Jakarta,Manila,Nay Pyi Taw,Naypyidaw,Nây Pyi Tô,Yangon,Mandalay,' +
  'Bandar Seri Begawan,Dili,Chiang Mai,Udon Thani,Nakhon Phanom,Phuket,Bali,Cebu,Sabah,Sarawak,Johor,Penang';

export const FOREIGN_PLACES: readonly string[] = [LAOS, CAMBODIA, CHINA, RUSSIA, KOREA, JAPAN, UNITED_STATES, ASEAN].flatMap((list) => list.split(','));
