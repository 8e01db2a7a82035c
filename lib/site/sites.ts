/**
 * Where the extension runs by itself, and what it may ask for beyond that.
 *
 * - NEWS_SITES: the installed scope, Vietnamese news hosts by their own names
 *   (national and provincial papers, TV and radio, army and police press, Party
 *   and theory journals, ministry and provincial portals). Declared as host
 *   permissions, so the install warning reads "a number of websites".
 * - ALL_VN_ORIGINS: the optional "all of .vn" scope, asked for with one click; a
 *   country-wide pattern makes the browser warn "all websites", so it is never part
 *   of the install. (National outlets on other domains are in the installed list.)
 * - Any other origin: asked for one site at a time ("Always annotate this site").
 *
 * Add a site here (its registrable host, no scheme, no www.) and rebuild: the
 * manifest's match patterns and the popup's site labels come from this list.
 */

/** National papers, agencies and magazines. */
const NATIONAL = [
  'vietnamplus.vn', 'baochinhphu.vn', 'chinhphu.vn', 'nhandan.vn', 'tuyengiao.vn', 'hanoimoi.vn', 'hanoimoi.com.vn',
  'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'baoquocte.vn', 'vietnamnet.vn', 'dantri.com.vn', 'nld.com.vn',
  'tienphong.vn', 'baotintuc.vn', 'vnanet.vn', 'bnews.vn', 'vietnamnews.vn', 'laodong.vn', 'daidoanket.vn',
  'daibieunhandan.vn', 'quochoi.vn', 'mattran.org.vn', 'sggp.org.vn', 'plo.vn', 'kinhtedothi.vn', 'baophapluat.vn',
  'congly.vn', 'baodautu.vn', 'vir.com.vn', 'vneconomy.vn', 'cafef.vn', 'congthuong.vn', 'nongnghiep.vn',
  'giaoducthoidai.vn', 'baovanhoa.vn', 'phunuvietnam.vn', 'baoxaydung.com.vn', 'thoibaotaichinhvietnam.vn',
  'baotainguyenmoitruong.vn', 'suckhoedoisong.vn', 'znews.vn', 'zingnews.vn', 'vtc.vn', 'baomoi.com', 'hcmcpv.org.vn',
  'baodanang.vn', 'vov.vn',
];

/** Television and radio. */
const BROADCAST = ['vtv.vn', 'vovworld.vn', 'vovgiaothong.vn', 'vnews.gov.vn', 'htv.com.vn', 'hanoionline.vn', 'thvl.vn', 'qpvn.vn', 'antv.gov.vn'];

/** Army and police press. */
const SECURITY = ['qdnd.vn', 'bienphong.com.vn', 'tapchiqptd.vn', 'cand.com.vn', 'congan.com.vn', 'anninhthudo.vn', 'bocongan.gov.vn', 'mod.gov.vn'];

/** Party and theory journals, and the Party's own sites. */
const THEORY = [
  'dangcongsan.vn', 'dangcongsan.org.vn', 'tapchicongsan.org.vn', 'lyluanchinhtri.vn', 'xaydungdang.org.vn', 'tcnn.vn',
  'tapchimattran.vn', 'hcma.vn', 'vass.gov.vn', 'tapchitoaan.vn', 'kiemsat.vn',
];

/** Provincial papers (most merged with their province's radio and television). */
const PROVINCIAL = [
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
];

/** Government, ministry and provincial portals (their Sở Ngoại vụ and news pages are subdomains). */
const PORTALS = [
  'mofa.gov.vn', 'mic.gov.vn', 'mst.gov.vn', 'moit.gov.vn', 'mof.gov.vn', 'moj.gov.vn', 'moet.gov.vn', 'moh.gov.vn',
  'molisa.gov.vn', 'monre.gov.vn', 'mard.gov.vn', 'moc.gov.vn', 'mt.gov.vn', 'bvhttdl.gov.vn', 'mpi.gov.vn', 'moha.gov.vn',
  'sbv.gov.vn', 'thanhtra.gov.vn', 'ubdt.gov.vn', 'toaan.gov.vn', 'vksndtc.gov.vn',
  'hanoi.gov.vn', 'hochiminhcity.gov.vn', 'danang.gov.vn', 'haiphong.gov.vn', 'cantho.gov.vn', 'angiang.gov.vn',
  'baria-vungtau.gov.vn', 'bacgiang.gov.vn', 'backan.gov.vn', 'baclieu.gov.vn', 'bacninh.gov.vn', 'bentre.gov.vn',
  'binhdinh.gov.vn', 'binhduong.gov.vn', 'binhphuoc.gov.vn', 'binhthuan.gov.vn', 'camau.gov.vn', 'caobang.gov.vn',
  'daklak.gov.vn', 'daknong.gov.vn', 'dienbien.gov.vn', 'dongnai.gov.vn', 'dongthap.gov.vn', 'gialai.gov.vn',
  'hagiang.gov.vn', 'hanam.gov.vn', 'hatinh.gov.vn', 'haiduong.gov.vn', 'haugiang.gov.vn', 'hoabinh.gov.vn',
  'hungyen.gov.vn', 'khanhhoa.gov.vn', 'kiengiang.gov.vn', 'kontum.gov.vn', 'laichau.gov.vn', 'lamdong.gov.vn',
  'langson.gov.vn', 'laocai.gov.vn', 'longan.gov.vn', 'namdinh.gov.vn', 'nghean.gov.vn', 'ninhbinh.gov.vn',
  'ninhthuan.gov.vn', 'phutho.gov.vn', 'phuyen.gov.vn', 'quangbinh.gov.vn', 'quangnam.gov.vn', 'quangngai.gov.vn',
  'quangninh.gov.vn', 'quangtri.gov.vn', 'soctrang.gov.vn', 'sonla.gov.vn', 'tayninh.gov.vn', 'thaibinh.gov.vn',
  'thainguyen.gov.vn', 'thanhhoa.gov.vn', 'thuathienhue.gov.vn', 'tiengiang.gov.vn', 'travinh.gov.vn',
  'tuyenquang.gov.vn', 'vinhlong.gov.vn', 'vinhphuc.gov.vn', 'yenbai.gov.vn',
];

export const NEWS_SITES: readonly string[] = [...new Set([...NATIONAL, ...BROADCAST, ...SECURITY, ...THEORY, ...PROVINCIAL, ...PORTALS])];

/** The installed scope, grouped as the README and the options page describe it. */
export const SITE_GROUPS = { NATIONAL, BROADCAST, SECURITY, THEORY, PROVINCIAL, PORTALS } as const;

/**
 * The optional "all of .vn" grant: every .vn host (.com.vn, .gov.vn, .org.vn… included).
 * The national outlets on other domains (vnexpress.net, baomoi.com) are in the installed list.
 */
export const ALL_VN_ORIGINS: readonly string[] = ['*://*.vn/*'];

/** Optional host permissions: all of .vn, or any one site the user names ("Always annotate this site"). */
export const OPTIONAL_ORIGINS: readonly string[] = [...ALL_VN_ORIGINS, '*://*/*'];

/** Match patterns for the manifest: every listed site and its subdomains. Never a local host. */
export function contentScriptMatches(): string[] {
  return NEWS_SITES.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]);
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
}

const listedDomain = (host: string) => NEWS_SITES.find((domain) => host === domain || host.endsWith(`.${domain}`));

/** The listed site a URL belongs to, or its bare host name for any other page. */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  return listedDomain(host) ?? host.replace(/^www\./, '');
}

/** True when the declared content script runs on this URL (no grant needed). */
export function isListedSite(url: string): boolean {
  const host = hostOf(url);
  return host !== null && listedDomain(host) !== undefined;
}

/** A page the "all of .vn" grant would cover. */
export function isVnSite(url: string): boolean {
  const host = hostOf(url);
  return host !== null && host.endsWith('.vn');
}

/** The one-site grant for a page: its host's match pattern ("*://www.example.com/*"; match patterns ignore the port). */
export function originPattern(url: string): string | null {
  const host = hostOf(url);
  return host ? `*://${host}/*` : null;
}
