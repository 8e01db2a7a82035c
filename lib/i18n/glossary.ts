/**
 * The one reviewed table of English for the Vietnamese the matcher knows: every title
 * head and rank (lib/matcher/language/titles.ts), the bodies that issue documents or
 * end a title (documents.ts' issuers, abbreviations.ts' bodies, the Party's centre),
 * and, in kind-glosses.ts, every document kind. The English interface shows these
 * beside the Vietnamese (gloss.ts composes whole titles) and English search reads
 * them backwards (english-query.ts). None of this file reaches the page scripts.
 *
 * Sources, as each writes the names in English:
 * - the Government portal, vietnam.gov.vn / en.baochinhphu.vn: ministries, the Government
 *   Office and Inspectorate, People's Committees and Councils, state titles;
 * - the Communist Party of Vietnam's English site, en.dangcongsan.vn: Politburo,
 *   Secretariat, the Central Committee's commissions, Party committees and their members;
 * - VNA / VietnamPlus English, en.vietnamplus.vn: military ranks (Senior Lieutenant General,
 *   Senior Colonel), diplomatic titles, the press bodies.
 * To add a term: put its Vietnamese as the matcher writes it and its English in the
 * right section; test/unit/i18n/glossary.test.ts fails while a head, body or kind the
 * matcher knows has none.
 */
export { KIND_GLOSSES } from './kind-glosses';

/**
 * A title head: its English; the deputy's where "Phó" does not just add "Deputy"
 * (Phó Chủ tịch nước is the Vice President); the organ the head ends with, which
 * also begins the body after it ("Trưởng ban" + "Tuyên giáo Trung ương" is the head of
 * "Ban Tuyên giáo Trung ương"); and a start of the body's English the head makes
 * redundant ("Bộ trưởng Bộ Ngoại giao" is the Minister of Foreign Affairs).
 */
export interface HeadGloss {
  en: string;
  deputy?: string;
  organ?: string;
  drop?: string;
}

const head = (en: string, more: Omit<HeadGloss, 'en'> = {}): HeadGloss => ({ en, ...more });
const MINISTER = { drop: 'Ministry of ' };

/** Title heads, ranks included, and a few longer heads news writes as one (Thủ tướng Chính phủ, Phó Chủ tịch Thường trực). */
export const HEAD_GLOSSES: Readonly<Record<string, HeadGloss>> = {
  // Party
  'Tổng Bí thư': head('General Secretary'),
  'Bí thư': head('Secretary'),
  'Thường trực Ban Bí thư': head('Permanent Member of the Secretariat'),
  'Trưởng ban': head('Head', { organ: 'Ban' }),
  'Trưởng Tiểu ban': head('Head', { organ: 'Tiểu ban' }),
  'Chánh Văn phòng': head('Chief', { organ: 'Văn phòng' }),
  'Chủ nhiệm': head('Chairman', { deputy: 'Vice Chairman' }),
  'Trưởng Đoàn': head('Head', { organ: 'Đoàn' }),
  'Ủy viên': head('Member'),
  'Ủy viên dự khuyết': head('Alternate Member'),
  'Thường vụ': head('Standing Member'),
  'Thường trực': head('Permanent Member'),
  'Thành viên': head('Member'),
  'Tỉnh ủy viên': head('Member of the Provincial Party Committee'),
  'Thành ủy viên': head('Member of the Municipal Party Committee'),
  'Huyện ủy viên': head('Member of the District Party Committee'),
  'Quận ủy viên': head('Member of the District Party Committee'),
  'Thị ủy viên': head('Member of the Town Party Committee'),
  'Đảng ủy viên': head('Member of the Party Committee'),
  // State and government
  'Chủ tịch': head('Chairman', { deputy: 'Vice Chairman' }),
  'Chủ tịch Thường trực': head('Standing Chairman', { deputy: 'Standing Vice Chairman' }),
  'Chủ tịch nước': head('State President', { deputy: 'Vice President' }),
  'Chủ tịch Quốc hội': head('Chairman of the National Assembly', { deputy: 'Vice Chairman of the National Assembly' }),
  'Chủ tịch Hội': head('President', { organ: 'Hội', deputy: 'Vice President' }),
  'Thủ tướng': head('Prime Minister'),
  'Thủ tướng Chính phủ': head('Prime Minister'),
  'Bộ trưởng': head('Minister', MINISTER),
  'Thứ trưởng': head('Deputy Minister', MINISTER),
  'Tổng Thư ký': head('Secretary General'),
  'Chánh án': head('Chief Justice'),
  'Viện trưởng': head('Director'),
  'Tổng Kiểm toán': head('Auditor General'),
  'Thống đốc': head('Governor'),
  'Tổng cục trưởng': head('Director General'),
  'Cục trưởng': head('Director'),
  'Vụ trưởng': head('Director'),
  'Giám đốc': head('Director'),
  'Giám đốc Sở': head('Director', { organ: 'Sở' }),
  'Giám đốc Công an': head('Director', { organ: 'Công an' }),
  'Tổng Giám đốc': head('Director General'),
  'Tổng Biên tập': head('Editor-in-Chief'),
  'Trưởng phòng': head('Head', { organ: 'Phòng' }),
  'Chánh Thanh tra': head('Chief Inspector'),
  'Tổng Thanh tra': head('Inspector General'),
  'Trưởng Công an': head('Head', { organ: 'Công an' }),
  'Trưởng Cơ quan đại diện': head('Head', { organ: 'Cơ quan đại diện' }),
  'Trưởng Đại diện': head('Chief Representative'),
  'Trưởng Văn phòng': head('Head', { organ: 'Văn phòng' }),
  'Trưởng phái đoàn': head('Head', { organ: 'phái đoàn' }),
  'Người phát ngôn': head('Spokesperson'),
  'Phát ngôn viên': head('Spokesperson'),
  'Đại biểu Quốc hội': head('National Assembly Deputy'),
  'Trợ lý': head('Assistant'),
  // Diplomacy and foreign offices
  'Đại sứ': head('Ambassador'),
  'Tổng Lãnh sự': head('Consul General'),
  'Lãnh sự': head('Consul'),
  'Đại biện': head("Chargé d'Affaires"),
  'Tham tán': head('Counsellor'),
  'Công sứ': head('Minister-Counsellor'),
  'Đặc phái viên': head('Special Envoy'),
  'Tổng Thư ký Liên hợp quốc': head('UN Secretary-General'),
  'Tổng thống': head('President', { deputy: 'Vice President' }),
  'Thủ hiến': head('Premier'),
  'Ngoại trưởng': head('Foreign Minister'),
  'Quốc vương': head('King'),
  'Nhà vua': head('King'),
  'Nữ hoàng': head('Queen'),
  'Nghị sĩ': head('Member of Parliament'),
  'Thượng nghị sĩ': head('Senator'),
  'Hạ nghị sĩ': head('Representative'),
  // Local government: Vietnam's districts, the provinces and districts of Laos and Cambodia
  'Quận trưởng': head('District Chief'),
  'Huyện trưởng': head('District Governor'),
  'Tỉnh trưởng': head('Provincial Governor'),
  'Thị trưởng': head('Mayor'),
  // Military and police
  'Tư lệnh': head('Commander'),
  'Chính ủy': head('Political Commissar'),
  'Tham mưu trưởng': head('Chief of Staff'),
  'Tổng Tham mưu trưởng': head('Chief of the General Staff'),
  'Chỉ huy trưởng': head('Commander'),
  'Thủ trưởng': head('Head'),
  'Đại tướng': head('General'),
  'Thượng tướng': head('Senior Lieutenant General'),
  'Trung tướng': head('Lieutenant General'),
  'Thiếu tướng': head('Major General'),
  'Đô đốc': head('Admiral'),
  'Phó Đô đốc': head('Vice Admiral'),
  'Chuẩn Đô đốc': head('Rear Admiral'),
  'Đại tá': head('Senior Colonel'),
  'Thượng tá': head('Colonel'),
  'Trung tá': head('Lieutenant Colonel'),
  'Thiếu tá': head('Major'),
  'Đại úy': head('Senior Captain'),
  'Thượng úy': head('Captain'),
  'Trung úy': head('Lieutenant'),
  'Thiếu úy': head('Second Lieutenant'),
};

/** Words before a head (titles.ts TITLE_MODIFIERS) and "Phó". */
export const MODIFIER_GLOSSES: Readonly<Record<string, string>> = {
  nguyên: 'Former',
  cố: 'the late',
  quyền: 'Acting',
  'Q.': 'Acting',
  Phó: 'Deputy',
};

/** Bodies: the Party's and the State's, as issuers and as the end of a title; the organs heads name. */
export const BODY_GLOSSES: Readonly<Record<string, string>> = {
  // The Party's centre
  'Bộ Chính trị': 'Politburo',
  'Ban Bí thư': 'Secretariat',
  'Ban Bí thư Trung ương Đảng': 'Secretariat of the Party Central Committee',
  'Ban Chấp hành Trung ương': 'Party Central Committee',
  'Ban Chấp hành Trung ương Đảng': 'Party Central Committee',
  'Trung ương': 'Party Central Committee',
  'Trung ương Đảng': 'Party Central Committee',
  'Hội nghị Trung ương': 'Party Central Committee plenum',
  'Ban Tuyên giáo Trung ương': 'Central Propaganda and Education Commission',
  'Ban Tuyên giáo và Dân vận Trung ương': 'Central Propaganda and Mass Mobilisation Commission',
  'Ban Đối ngoại Trung ương': 'Central External Relations Commission',
  'Ban Tổ chức Trung ương': 'Central Organisation Commission',
  'Ủy ban Kiểm tra Trung ương': 'Central Inspection Commission',
  'Văn phòng Trung ương Đảng': 'Office of the Party Central Committee',
  // Party bodies at any level
  'Ban Chấp hành': 'Executive Committee',
  'Ban Thường vụ': 'Standing Board',
  'Thường vụ': 'Standing Board',
  'Ban Chỉ đạo': 'Steering Committee',
  'Ban Tuyên giáo': 'Propaganda and Education Commission',
  'Ban Tuyên giáo và Dân vận': 'Propaganda and Mass Mobilisation Commission',
  'Ban Đối ngoại': 'External Relations Commission',
  'Ban Tổ chức': 'Organisation Commission',
  'Ủy ban Kiểm tra': 'Inspection Commission',
  'Tỉnh ủy': 'Provincial Party Committee',
  'Thành ủy': 'Municipal Party Committee',
  'Huyện ủy': 'District Party Committee',
  'Quận ủy': 'District Party Committee',
  'Thị ủy': 'Town Party Committee',
  'Đảng ủy': 'Party Committee',
  'Mặt trận Tổ quốc': 'Fatherland Front',
  'Mặt trận Tổ quốc Việt Nam': 'Vietnam Fatherland Front',
  'Ủy ban Mặt trận Tổ quốc': 'Fatherland Front Committee',
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam': 'Vietnam Fatherland Front Central Committee',
  // The State
  'Quốc hội': 'National Assembly',
  'Ủy ban Thường vụ Quốc hội': 'National Assembly Standing Committee',
  'Văn phòng Quốc hội': 'Office of the National Assembly',
  'Đoàn đại biểu Quốc hội': 'National Assembly Delegation',
  'Chủ tịch nước': 'State President',
  'Chính phủ': 'Government',
  'Thủ tướng Chính phủ': 'Prime Minister',
  'Văn phòng Chính phủ': 'Government Office',
  'Thanh tra Chính phủ': 'Government Inspectorate',
  'Kiểm toán nhà nước': 'State Audit Office',
  'Ngân hàng Nhà nước Việt Nam': 'State Bank of Vietnam',
  'Ngân hàng Nhà nước': 'State Bank',
  'Tòa án nhân dân tối cao': "Supreme People's Court",
  'Viện kiểm sát nhân dân tối cao': "Supreme People's Procuracy",
  'Ủy ban nhân dân': "People's Committee",
  'Hội đồng nhân dân': "People's Council",
  'Bộ Ngoại giao': 'Ministry of Foreign Affairs',
  'Bộ Thông tin và Truyền thông': 'Ministry of Information and Communications',
  'Bộ Văn hóa, Thể thao và Du lịch': 'Ministry of Culture, Sports and Tourism',
  'Bộ Công an': 'Ministry of Public Security',
  'Bộ Quốc phòng': 'Ministry of National Defence',
  'Bộ Nội vụ': 'Ministry of Home Affairs',
  'Bộ Tài chính': 'Ministry of Finance',
  'Bộ Y tế': 'Ministry of Health',
  'Bộ Công Thương': 'Ministry of Industry and Trade',
  'Bộ Xây dựng': 'Ministry of Construction',
  'Bộ Tư pháp': 'Ministry of Justice',
  'Bộ Giáo dục và Đào tạo': 'Ministry of Education and Training',
  'Bộ Khoa học và Công nghệ': 'Ministry of Science and Technology',
  'Bộ Kế hoạch và Đầu tư': 'Ministry of Planning and Investment',
  'Bộ Lao động - Thương binh và Xã hội': 'Ministry of Labour, Invalids and Social Affairs',
  'Bộ Tài nguyên và Môi trường': 'Ministry of Natural Resources and Environment',
  'Bộ Nông nghiệp và Phát triển nông thôn': 'Ministry of Agriculture and Rural Development',
  'Bộ Nông nghiệp và Môi trường': 'Ministry of Agriculture and Environment',
  'Bộ Giao thông vận tải': 'Ministry of Transport',
  'Sở Ngoại vụ': 'Department of Foreign Affairs',
  'Quân đội nhân dân': "People's Army",
  'Công an nhân dân': "People's Public Security",
  'Thông tấn xã Việt Nam': 'Vietnam News Agency',
  'Liên hợp quốc': 'United Nations',
  // The work this tool follows, as the bodies in charge of it name it
  'Ban Chỉ đạo công tác thông tin đối ngoại': 'Steering Committee for Foreign Information Work',
  'thông tin đối ngoại': 'foreign information',
  // The organs heads name (Trưởng ban, Cục trưởng…), when no longer name is known
  Ban: 'Commission',
  'Tiểu ban': 'Subcommittee',
  'Văn phòng': 'Office',
  'Đoàn': 'Delegation',
  'phái đoàn': 'Delegation',
  'Cơ quan đại diện': 'Representative Mission',
  Bộ: 'Ministry',
  'Tổng cục': 'General Department',
  Cục: 'Department',
  Vụ: 'Department',
  Sở: 'Department',
  Phòng: 'Division',
  Viện: 'Institute',
  Hội: 'Association',
  'Công an': 'Police',
  'Thành phố': 'City',
};

/** The level words after a body ("UBND tỉnh"): the body's English takes the adjective before it. */
export const LEVEL_GLOSSES: Readonly<Record<string, string>> = {
  tỉnh: 'Provincial',
  'thành phố': 'Municipal',
  TP: 'Municipal',
  huyện: 'District',
  quận: 'District',
  'thị xã': 'Town',
  xã: 'Commune',
  phường: 'Ward',
};
