/**
 * The news sites the content script runs on by itself. Add a site here (its
 * registrable domain, no scheme) and rebuild: the manifest's match patterns and
 * the popup's site labels both come from this list. Any other site can still be
 * annotated on demand through the toolbar action (activeTab), without a broad
 * host permission.
 */
export const NEWS_SITES = [
  'vietnamplus.vn',
  'baochinhphu.vn',
  'nhandan.vn',
  'tuyengiao.vn',
  'hanoimoi.vn',
  'hanoimoi.com.vn',
  'qdnd.vn',
  'vov.vn',
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dangcongsan.vn',
  'dangcongsan.org.vn',
  'tapchicongsan.org.vn',
  'mofa.gov.vn',
  'baoquocte.vn',
  'vietnamnet.vn',
  'dantri.com.vn',
  'nld.com.vn',
  'tienphong.vn',
  'baotintuc.vn',
] as const;

/** Local hosts the end-to-end tests serve their fixture pages from. */
export const TEST_HOSTS = ['127.0.0.1', 'localhost'] as const;

/** Match patterns for the manifest: every listed site and its subdomains. */
export function contentScriptMatches(): string[] {
  return [
    ...NEWS_SITES.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]),
    ...TEST_HOSTS.map((host) => `http://${host}/*`),
  ];
}

/** The listed site a URL belongs to, or its bare host name for any other page. */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  const listed = NEWS_SITES.find((domain) => host === domain || host.endsWith(`.${domain}`));
  return listed ?? host.replace(/^www\./, '');
}

/** True when the content script is declared for this URL (no activeTab grant needed). */
export function isListedSite(url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    NEWS_SITES.some((domain) => host === domain || host.endsWith(`.${domain}`)) ||
    (TEST_HOSTS as readonly string[]).includes(host)
  );
}
