/**
 * Provinces, regions and capitals of the countries Vietnamese news names most, as
 * the press writes them: the Vietnamese reading ("Xiêng Khoảng", "Quảng Tây") and
 * the Latin one ("Rattanakiri", "Gyeonggi"). A list is the truth here: after
 * "tỉnh" or a title a foreign place is a capitalised run like any foreign name
 * ("Tỉnh trưởng tỉnh Kampong Cham, ông …"), and only knowing it tells them apart.
 * One comma-separated string per country keeps the bundle small.
 *
 * Listed are only the places the name model cannot tell by itself: a Latin name of
 * two words or more ("Kampong Cham", "Luang Prabang", "New York"), and a Vietnamese
 * reading opening with a surname ("Hồ Nam", "Văn Sơn", "Sầm Nưa"), which reads like
 * a Vietnamese name. The rest the grammar reads: a Latin place of one word
 * ("Rattanakiri", "Oregon") is no name alone, and when a name follows it in one run
 * after "tỉnh"/"bang" the first word goes to the unit; a reading with no surname
 * ("Xiêng Khoảng", "Xay Nha Bu Ly", "Quảng Tây") is no person's name after a unit
 * word or an ethnic group (officials.ts).
 *
 * Sources, per group: each country's official list of first-level units (Lao
 * Statistics Bureau: 17 provinces and the capital; Cambodia's 2019 census: 24
 * provinces and the capital; China's 34 provincial units), in the Vietnamese
 * readings Nhân Dân, VOV and TTXVN use, and the border prefectures and counties of
 * Yunnan and Guangxi facing Vietnam's provinces; for Russia, Korea, Japan, the
 * United States and ASEAN the cities and states of two words or more most named in
 * cooperation and twinning news (their capitals are one word: Moskva, Seoul,
 * Tokyo, Washington, Bangkok).
 */
const LAOS = 'Vientiane,Luang Namtha,Luang Prabang,Xieng Khouang,Sầm Nưa';
const CAMBODIA =
  'Phnôm Pênh,Phnom Penh,Banteay Meanchey,Kampong Cham,Kampong Chhnang,Kampong Speu,Kampong Thom,Koh Kong,' +
  'Oddar Meanchey,Preah Sihanouk,Preah Vihear,Prey Veng,Siem Reap,Stung Treng,Svay Rieng,Tbong Khmum';
const CHINA = 'Hồ Nam,Hồ Bắc,Hà Bắc,Giang Tô,Giang Tây,Văn Sơn';
const OTHERS = 'Saint Petersburg,New York,Los Angeles,San Francisco';

export const FOREIGN_PLACES: readonly string[] = [LAOS, CAMBODIA, CHINA, OTHERS].flatMap((list) => list.split(','));
