/**
 * The publication behind a news site, for reference managers' "container-title":
 * the national outlets by name; a provincial paper ("baohatinh.vn") and a provincial
 * portal ("daknong.gov.vn") by the province its host spells without diacritics; any
 * other site keeps its host name.
 */
import { PROVINCES_AND_CITIES } from '../matcher/language/places';
import { compactAscii } from '../text/ascii';

const NAMED: Record<string, string> = {
  // National papers, agencies and magazines.
  'vietnamplus.vn': 'VietnamPlus', 'baochinhphu.vn': 'Báo Điện tử Chính phủ', 'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'nhandan.vn': 'Báo Nhân Dân', 'tuyengiao.vn': 'Tạp chí Tuyên giáo', 'hanoimoi.vn': 'Báo Hànộimới', 'hanoimoi.com.vn': 'Báo Hànộimới',
  'vnexpress.net': 'VnExpress', 'tuoitre.vn': 'Tuổi Trẻ', 'thanhnien.vn': 'Thanh Niên', 'baoquocte.vn': 'Báo Thế giới và Việt Nam',
  'vietnamnet.vn': 'VietNamNet', 'dantri.com.vn': 'Dân trí', 'nld.com.vn': 'Người Lao Động', 'tienphong.vn': 'Tiền Phong',
  'baotintuc.vn': 'Báo Tin tức', 'vnanet.vn': 'Thông tấn xã Việt Nam', 'bnews.vn': 'BNEWS', 'vietnamnews.vn': 'Việt Nam News',
  'laodong.vn': 'Lao Động', 'daidoanket.vn': 'Đại Đoàn Kết', 'daibieunhandan.vn': 'Báo Đại biểu Nhân dân',
  'quochoi.vn': 'Cổng thông tin điện tử Quốc hội', 'mattran.org.vn': 'Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam',
  'sggp.org.vn': 'Sài Gòn Giải Phóng', 'plo.vn': 'Pháp Luật TP.HCM', 'kinhtedothi.vn': 'Kinh tế & Đô thị',
  'baophapluat.vn': 'Báo Pháp luật Việt Nam', 'congly.vn': 'Báo Công lý', 'baodautu.vn': 'Báo Đầu tư',
  'vir.com.vn': 'Vietnam Investment Review', 'vneconomy.vn': 'VnEconomy', 'cafef.vn': 'CafeF', 'congthuong.vn': 'Báo Công Thương',
  'nongnghiep.vn': 'Báo Nông nghiệp và Môi trường', 'giaoducthoidai.vn': 'Giáo dục và Thời đại', 'baovanhoa.vn': 'Báo Văn hóa',
  'phunuvietnam.vn': 'Phụ nữ Việt Nam', 'baoxaydung.com.vn': 'Báo Xây dựng', 'thoibaotaichinhvietnam.vn': 'Thời báo Tài chính Việt Nam',
  'baotainguyenmoitruong.vn': 'Báo Tài nguyên và Môi trường', 'suckhoedoisong.vn': 'Sức khỏe và Đời sống', 'znews.vn': 'Znews',
  'zingnews.vn': 'Zing News', 'vtc.vn': 'VTC News', 'baomoi.com': 'Báo Mới', 'hcmcpv.org.vn': 'Đảng bộ Thành phố Hồ Chí Minh',
  'baodanang.vn': 'Báo Đà Nẵng', 'vov.vn': 'VOV',
  // Television and radio.
  'vtv.vn': 'VTV', 'vovworld.vn': 'VOV World', 'vovgiaothong.vn': 'VOV Giao thông', 'vnews.gov.vn': 'Truyền hình Thông tấn',
  'htv.com.vn': 'HTV', 'hanoionline.vn': 'Hà Nội Online', 'thvl.vn': 'Truyền hình Vĩnh Long', 'qpvn.vn': 'Truyền hình Quốc phòng Việt Nam',
  'antv.gov.vn': 'Truyền hình Công an Nhân dân',
  // Army and police press.
  'qdnd.vn': 'Báo Quân đội nhân dân', 'bienphong.com.vn': 'Báo Biên phòng', 'tapchiqptd.vn': 'Tạp chí Quốc phòng toàn dân',
  'cand.com.vn': 'Báo Công an Nhân dân', 'congan.com.vn': 'Công an Thành phố Hồ Chí Minh', 'anninhthudo.vn': 'An ninh Thủ đô',
  'bocongan.gov.vn': 'Cổng thông tin điện tử Bộ Công an', 'mod.gov.vn': 'Cổng thông tin điện tử Bộ Quốc phòng',
  // Party and theory journals.
  'dangcongsan.vn': 'Báo điện tử Đảng Cộng sản Việt Nam', 'dangcongsan.org.vn': 'Báo điện tử Đảng Cộng sản Việt Nam',
  'tapchicongsan.org.vn': 'Tạp chí Cộng sản', 'lyluanchinhtri.vn': 'Tạp chí Lý luận chính trị', 'xaydungdang.org.vn': 'Tạp chí Xây dựng Đảng',
  'tcnn.vn': 'Tạp chí Tổ chức nhà nước', 'tapchimattran.vn': 'Tạp chí Mặt trận', 'hcma.vn': 'Học viện Chính trị quốc gia Hồ Chí Minh',
  'vass.gov.vn': 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'tapchitoaan.vn': 'Tạp chí Tòa án nhân dân', 'kiemsat.vn': 'Tạp chí Kiểm sát',
  // Added with the press system's list (lib/site/press-hosts.ts): national outlets, the
  // Assembly and President's office, mass organisations and associations, legal documents.
  'phapluattp.vn': 'Pháp Luật TP.HCM', 'baodantoc.vn': 'Báo Dân tộc và Phát triển', 'vietnam.vn': 'Nền tảng Vietnam.vn',
  'toquoc.vn': 'Báo điện tử Tổ Quốc', 'vietnamhoinhap.vn': 'Tạp chí Việt Nam Hội nhập', 'ictvietnam.vn': 'Tạp chí Thông tin và Truyền thông',
  'quehuongonline.vn': 'Tạp chí Quê Hương', 'tuoitrenews.vn': 'Tuoi Tre News', 'laodongthudo.vn': 'Báo Lao động Thủ đô',
  'quochoitv.vn': 'Truyền hình Quốc hội Việt Nam', 'dnrtv.org.vn': 'Đài Phát thanh và Truyền hình Đà Nẵng',
  'ubkttw.vn': 'Ủy ban Kiểm tra Trung ương', 'noichinh.vn': 'Ban Nội chính Trung ương', 'kinhtetrunguong.vn': 'Ban Kinh tế Trung ương',
  'nxbctqg.org.vn': 'Nhà xuất bản Chính trị quốc gia Sự thật', 'dcs.vn': 'Cổng thông tin Đảng bộ', 'president.vn': 'Cổng thông tin điện tử Chủ tịch nước',
  'doanthanhnien.vn': 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'hoilhpn.org.vn': 'Hội Liên hiệp Phụ nữ Việt Nam',
  'congdoan.vn': 'Tổng Liên đoàn Lao động Việt Nam', 'hoinongdan.org.vn': 'Hội Nông dân Việt Nam', 'danviet.vn': 'Dân Việt',
  'vufo.org.vn': 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'thoidai.com.vn': 'Báo Thời Đại', 'hoinhabaovietnam.vn': 'Hội Nhà báo Việt Nam',
  'congluan.vn': 'Báo Công luận', 'nguoilambao.vn': 'Tạp chí Người làm báo', 'vusta.vn': 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  'redcross.org.vn': 'Hội Chữ thập đỏ Việt Nam', 'nguoicaotuoi.org.vn': 'Báo Người cao tuổi', 'most.gov.vn': 'Bộ Khoa học và Công nghệ',
  'sav.gov.vn': 'Kiểm toán nhà nước', 'vbpl.vn': 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', 'thuvienphapluat.vn': 'Thư viện Pháp luật',
  'luatvietnam.vn': 'LuatVietnam',
  // Ministries.
  'mofa.gov.vn': 'Cổng thông tin điện tử Bộ Ngoại giao', 'mic.gov.vn': 'Cổng thông tin điện tử Bộ Thông tin và Truyền thông',
  'mst.gov.vn': 'Cổng thông tin điện tử Bộ Khoa học và Công nghệ', 'moit.gov.vn': 'Cổng thông tin điện tử Bộ Công Thương',
  'mof.gov.vn': 'Cổng thông tin điện tử Bộ Tài chính', 'moj.gov.vn': 'Cổng thông tin điện tử Bộ Tư pháp',
  'moet.gov.vn': 'Cổng thông tin điện tử Bộ Giáo dục và Đào tạo', 'moh.gov.vn': 'Cổng thông tin điện tử Bộ Y tế',
  'molisa.gov.vn': 'Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội', 'monre.gov.vn': 'Cổng thông tin điện tử Bộ Tài nguyên và Môi trường',
  'mard.gov.vn': 'Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn', 'moc.gov.vn': 'Cổng thông tin điện tử Bộ Xây dựng',
  'mt.gov.vn': 'Cổng thông tin điện tử Bộ Giao thông vận tải', 'bvhttdl.gov.vn': 'Cổng thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch',
  'mpi.gov.vn': 'Cổng thông tin điện tử Bộ Kế hoạch và Đầu tư', 'moha.gov.vn': 'Cổng thông tin điện tử Bộ Nội vụ',
  'sbv.gov.vn': 'Cổng thông tin điện tử Ngân hàng Nhà nước Việt Nam', 'thanhtra.gov.vn': 'Cổng thông tin điện tử Thanh tra Chính phủ',
  'ubdt.gov.vn': 'Cổng thông tin điện tử Ủy ban Dân tộc', 'toaan.gov.vn': 'Cổng thông tin điện tử Tòa án nhân dân tối cao',
  'vksndtc.gov.vn': 'Cổng thông tin điện tử Viện kiểm sát nhân dân tối cao', 'hochiminhcity.gov.vn': 'Cổng thông tin điện tử Thành phố Hồ Chí Minh',
  'baodienbienphu.info.vn': 'Báo Điện Biên Phủ', 'baodongkhoi.vn': 'Báo Đồng Khởi', 'baoapbac.vn': 'Báo Ấp Bắc', 'huengaynay.vn': 'Báo Huế ngày nay',
  'baobacninhtv.vn': 'Báo và Phát thanh, Truyền hình Bắc Ninh',
};

/** Province names by their spelling in host names: "hatinh" → Hà Tĩnh, "bariavungtau" → Bà Rịa - Vũng Tàu. */
const PROVINCE_BY_HOST = new Map(
  PROVINCES_AND_CITIES.map((name) => [
    compactAscii(name),
    name,
  ]),
);
const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/** "baohatinh.vn" → Báo Hà Tĩnh; "daknong.gov.vn" → the province's portal. */
function provincial(host: string): string | null {
  const paper = /^bao([a-z-]+)\.(?:vn|com\.vn|org\.vn)$/.exec(host);
  const portal = /^([a-z-]+)\.gov\.vn$/.exec(host);
  const province = PROVINCE_BY_HOST.get((paper ?? portal)?.[1]!.replace(/-/g, '') ?? '');
  if (!province) return null;
  if (paper) return `Báo ${province}`;
  return `Cổng thông tin điện tử ${CITIES.has(province) ? 'Thành phố' : 'tỉnh'} ${province}`;
}

export const publicationOf = (site: string): string => NAMED[site] ?? provincial(site) ?? site;
