/**
 * The installed list as data: the hosts of the Vietnamese press and state information
 * system that publish news about foreign-information work, in groups, each with where
 * its names come from and when they were gathered. lib/sites.ts turns them into the
 * manifest's match patterns: every entry covers the host and all its subdomains, so an
 * entry such as `dcs.vn` stands for a whole family (each province's Party committee at
 * `<province>.dcs.vn`) — allowed only where the entry is not a public suffix
 * (`hanoi.vn`, `gov.vn` are: a wildcard under them warns "all websites").
 * test/unit/site/press-hosts.test.ts checks the entries, test/e2e/install-warning.test.ts
 * the browser's warning. Hosts found after the first release come through the optional
 * grants: Chrome disables an auto-updated extension whose new version adds hosts.
 */

export interface PressGroup {
  /** What the group holds, for the README and the options page. */
  label: string;
  /** Where the names come from. */
  source: string;
  /** When they were gathered or last checked (YYYY-MM). */
  date: string;
  hosts: readonly string[];
}

/** How every group's names were gathered, unless its own source says more. */
const MASTHEADS = "each outlet's own site (masthead, press licence line in its footer), gathered by hand";

export const PRESS_GROUPS = {
  NATIONAL: {
    label: 'National papers, agencies and magazines',
    source: `${MASTHEADS}; the national outlets of the 2025 press plan (Quyết định 362/QĐ-TTg and its 2025 revisions)`,
    date: '2025-06',
    hosts: [
      'vietnamplus.vn', 'baochinhphu.vn', 'chinhphu.vn', 'nhandan.vn', 'tuyengiao.vn', 'hanoimoi.vn', 'hanoimoi.com.vn',
      'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'baoquocte.vn', 'vietnamnet.vn', 'dantri.com.vn', 'nld.com.vn',
      'tienphong.vn', 'baotintuc.vn', 'vnanet.vn', 'bnews.vn', 'vietnamnews.vn', 'laodong.vn', 'daidoanket.vn',
      'sggp.org.vn', 'plo.vn', 'phapluattp.vn', 'kinhtedothi.vn', 'baophapluat.vn', 'congly.vn', 'baodautu.vn', 'vir.com.vn',
      'vneconomy.vn', 'cafef.vn', 'congthuong.vn', 'nongnghiep.vn', 'giaoducthoidai.vn', 'baovanhoa.vn', 'phunuvietnam.vn',
      'baoxaydung.com.vn', 'thoibaotaichinhvietnam.vn', 'baotainguyenmoitruong.vn', 'suckhoedoisong.vn', 'znews.vn',
      'zingnews.vn', 'vtc.vn', 'baomoi.com', 'hcmcpv.org.vn', 'baodanang.vn', 'vov.vn', 'baodantoc.vn', 'vietnam.vn',
      'toquoc.vn', 'vietnamhoinhap.vn', 'ictvietnam.vn', 'quehuongonline.vn', 'tuoitrenews.vn', 'laodongthudo.vn',
    ],
  },
  BROADCAST: {
    label: 'Television and radio',
    source: MASTHEADS,
    date: '2025-06',
    hosts: ['vtv.vn', 'vovworld.vn', 'vovgiaothong.vn', 'vnews.gov.vn', 'htv.com.vn', 'hanoionline.vn', 'thvl.vn', 'qpvn.vn', 'antv.gov.vn', 'quochoitv.vn', 'dnrtv.org.vn'],
  },
  SECURITY: {
    label: 'Army and police press',
    source: MASTHEADS,
    date: '2025-06',
    hosts: ['qdnd.vn', 'bienphong.com.vn', 'tapchiqptd.vn', 'cand.com.vn', 'congan.com.vn', 'anninhthudo.vn', 'bocongan.gov.vn', 'mod.gov.vn'],
  },
  THEORY: {
    label: 'Party and theory journals, and the Party’s own sites',
    source: `${MASTHEADS}; the Central Committee's commissions as their sites name themselves`,
    date: '2025-06',
    hosts: [
      'dangcongsan.vn', 'dangcongsan.org.vn', 'tapchicongsan.org.vn', 'lyluanchinhtri.vn', 'xaydungdang.org.vn', 'tcnn.vn',
      'tapchimattran.vn', 'hcma.vn', 'vass.gov.vn', 'tapchitoaan.vn', 'kiemsat.vn', 'ubkttw.vn', 'noichinh.vn',
      'kinhtetrunguong.vn', 'nxbctqg.org.vn',
    ],
  },
  PARTY_COMMITTEES: {
    label: 'Provincial and city Party committees',
    source: "the Party's site network: provincial committees' portals sit under dcs.vn (one family: hanoi.dcs.vn and the rest); Ho Chi Minh City's is hcmcpv.org.vn (national group)",
    date: '2025-06',
    hosts: ['dcs.vn'],
  },
  ASSEMBLY: {
    label: 'The National Assembly and the President’s office',
    source: `${MASTHEADS}; quochoi.vn also holds the provinces' delegations as subdomains`,
    date: '2025-06',
    hosts: ['quochoi.vn', 'daibieunhandan.vn', 'president.vn'],
  },
  ORGANISATIONS: {
    label: 'The Fatherland Front, mass organisations and associations',
    source: `${MASTHEADS}; the Front's member organisations and the associations the Party assigns press work to (the journalists' association)`,
    date: '2025-06',
    hosts: [
      'mattran.org.vn', 'doanthanhnien.vn', 'hoilhpn.org.vn', 'congdoan.vn', 'hoinongdan.org.vn', 'danviet.vn', 'vufo.org.vn',
      'thoidai.com.vn', 'hoinhabaovietnam.vn', 'congluan.vn', 'nguoilambao.vn', 'vusta.vn', 'redcross.org.vn',
      'nguoicaotuoi.org.vn',
    ],
  },
  PROVINCIAL: {
    label: 'Provincial papers (most merged with their province’s radio and television)',
    source: `${MASTHEADS}; one per province of the 63 before 2025, and the merged papers of the 34 after`,
    date: '2025-06',
    hosts: [
      'baohatinh.vn', 'baonghean.vn', 'baothanhhoa.vn', 'baoquangninh.vn', 'baoquangninh.com.vn', 'baohaiphong.com.vn',
      'baohaiphong.vn', 'baocantho.com.vn', 'baoangiang.com.vn', 'baobariavungtau.com.vn', 'baobacgiang.vn',
      'baobacgiang.com.vn', 'baobackan.vn', 'baobaclieu.vn', 'baobacninh.vn', 'baobacninhtv.vn', 'baodongkhoi.vn',
      'baobinhdinh.vn', 'baobinhduong.vn', 'baobinhphuoc.com.vn', 'baobinhthuan.com.vn', 'baocamau.vn', 'baocamau.com.vn',
      'baocaobang.vn', 'baodaklak.vn', 'baodaknong.vn', 'baodienbienphu.info.vn', 'baodongnai.com.vn', 'baodongthap.vn',
      'baogialai.com.vn', 'baohagiang.vn', 'baohanam.com.vn', 'baohaiduong.vn', 'baohaugiang.com.vn', 'baohoabinh.com.vn',
      'baohungyen.vn', 'baokhanhhoa.vn', 'baokiengiang.vn', 'baokontum.com.vn', 'baolaichau.vn', 'baolamdong.vn',
      'baolangson.vn', 'baolaocai.vn', 'baolongan.vn', 'baonamdinh.vn', 'baoninhbinh.org.vn', 'baoninhthuan.com.vn',
      'baophutho.vn', 'baophuyen.vn', 'baoquangbinh.vn', 'baoquangnam.vn', 'baoquangngai.vn', 'baoquangtri.vn',
      'baosoctrang.org.vn', 'baosonla.vn', 'baosonla.org.vn', 'baotayninh.vn', 'baothaibinh.com.vn', 'baothainguyen.vn',
      'baothuathienhue.vn', 'huengaynay.vn', 'baoapbac.vn', 'baotravinh.vn', 'baotuyenquang.com.vn', 'baovinhlong.com.vn',
      'baovinhphuc.com.vn', 'baoyenbai.com.vn',
    ],
  },
  PORTALS: {
    label: 'Government, ministry and provincial portals (their departments and districts are subdomains)',
    source: `${MASTHEADS}; the government's portal directory (chinhphu.vn) for ministries and provinces`,
    date: '2025-06',
    hosts: [
      'mofa.gov.vn', 'mic.gov.vn', 'mst.gov.vn', 'most.gov.vn', 'moit.gov.vn', 'mof.gov.vn', 'moj.gov.vn', 'moet.gov.vn',
      'moh.gov.vn', 'molisa.gov.vn', 'monre.gov.vn', 'mard.gov.vn', 'moc.gov.vn', 'mt.gov.vn', 'bvhttdl.gov.vn', 'mpi.gov.vn',
      'moha.gov.vn', 'sbv.gov.vn', 'thanhtra.gov.vn', 'ubdt.gov.vn', 'toaan.gov.vn', 'vksndtc.gov.vn', 'sav.gov.vn',
      'hanoi.gov.vn', 'hochiminhcity.gov.vn', 'danang.gov.vn', 'haiphong.gov.vn', 'cantho.gov.vn', 'angiang.gov.vn',
      'baria-vungtau.gov.vn', 'bacgiang.gov.vn', 'backan.gov.vn', 'baclieu.gov.vn', 'bacninh.gov.vn', 'bentre.gov.vn',
      'binhdinh.gov.vn', 'binhduong.gov.vn', 'binhphuoc.gov.vn', 'binhthuan.gov.vn', 'camau.gov.vn', 'caobang.gov.vn',
      'daklak.gov.vn', 'daknong.gov.vn', 'dienbien.gov.vn', 'dongnai.gov.vn', 'dongthap.gov.vn', 'gialai.gov.vn',
      'hagiang.gov.vn', 'hanam.gov.vn', 'hatinh.gov.vn', 'haiduong.gov.vn', 'haugiang.gov.vn', 'hoabinh.gov.vn',
      'hungyen.gov.vn', 'khanhhoa.gov.vn', 'kiengiang.gov.vn', 'kontum.gov.vn', 'laichau.gov.vn', 'lamdong.gov.vn',
      'langson.gov.vn', 'laocai.gov.vn', 'longan.gov.vn', 'namdinh.gov.vn', 'nghean.gov.vn', 'ninhbinh.gov.vn',
      'ninhthuan.gov.vn', 'phutho.gov.vn', 'phuyen.gov.vn', 'quangbinh.gov.vn', 'quangnam.gov.vn', 'quangngai.gov.vn',
      'quangninh.gov.vn', 'quangtri.gov.vn', 'soctrang.gov.vn', 'sonla.gov.vn', 'tayninh.gov.vn', 'thaibinh.gov.vn',
      'thainguyen.gov.vn', 'thanhhoa.gov.vn', 'thuathienhue.gov.vn', 'hue.gov.vn', 'tiengiang.gov.vn', 'travinh.gov.vn',
      'tuyenquang.gov.vn', 'vinhlong.gov.vn', 'vinhphuc.gov.vn', 'yenbai.gov.vn',
    ],
  },
  DOCUMENTS: {
    label: 'Legal-document databases (where directive numbers are published)',
    source: "the Ministry of Justice's national database (vbpl.vn) and the two largest private legal libraries; the government's gazette is congbao.chinhphu.vn (national group)",
    date: '2025-06',
    hosts: ['vbpl.vn', 'thuvienphapluat.vn', 'luatvietnam.vn'],
  },
} as const satisfies Record<string, PressGroup>;

/** Every installed host, once. */
export const PRESS_HOSTS: readonly string[] = [...new Set(Object.values(PRESS_GROUPS).flatMap((group) => group.hosts))];
