/** The publication behind each listed news site, for reference managers' "container-title". Other sites keep their host name. */
export const PUBLICATIONS: Record<string, string> = {
  'vietnamplus.vn': 'VietnamPlus',
  'baochinhphu.vn': 'Báo Điện tử Chính phủ',
  'nhandan.vn': 'Báo Nhân Dân',
  'tuyengiao.vn': 'Tạp chí Tuyên giáo',
  'hanoimoi.vn': 'Báo Hànộimới',
  'hanoimoi.com.vn': 'Báo Hànộimới',
  'qdnd.vn': 'Báo Quân đội nhân dân',
  'vov.vn': 'VOV',
  'vnexpress.net': 'VnExpress',
  'tuoitre.vn': 'Tuổi Trẻ',
  'thanhnien.vn': 'Thanh Niên',
  'dangcongsan.vn': 'Báo điện tử Đảng Cộng sản Việt Nam',
  'dangcongsan.org.vn': 'Báo điện tử Đảng Cộng sản Việt Nam',
  'tapchicongsan.org.vn': 'Tạp chí Cộng sản',
  'mofa.gov.vn': 'Cổng thông tin điện tử Bộ Ngoại giao',
  'baoquocte.vn': 'Báo Thế giới và Việt Nam',
  'vietnamnet.vn': 'VietNamNet',
  'dantri.com.vn': 'Dân trí',
  'nld.com.vn': 'Người Lao Động',
  'tienphong.vn': 'Tiền Phong',
  'baotintuc.vn': 'Báo Tin tức',
};

export const publicationOf = (site: string): string => PUBLICATIONS[site] ?? site;
