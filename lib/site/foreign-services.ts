/**
 * The foreign services that write in Vietnamese: their reports and polemics are what
 * foreign-information work answers. Offered in one click (popup on their pages, options),
 * never installed: the permission the browser grants is for the whole host (a match
 * pattern's path does not limit what a host permission lets the extension read), while
 * the content script is registered only on the Vietnamese sections' paths, so an English
 * page of the BBC never runs it. Whole-host services are Vietnamese throughout.
 */
export interface ForeignService {
  name: string;
  /** The host the permission is asked for. */
  host: string;
  /** Path prefixes of its Vietnamese sections, each ending in "/"; "/" for the whole host. */
  paths: readonly string[];
}

/** Gathered from each service's Vietnamese front page, 2025-06. */
export const FOREIGN_SERVICES: readonly ForeignService[] = [
  { name: 'BBC News Tiếng Việt', host: 'www.bbc.com', paths: ['/vietnamese/'] },
  { name: 'VOA Tiếng Việt', host: 'www.voatiengviet.com', paths: ['/'] },
  { name: 'RFA Tiếng Việt', host: 'www.rfa.org', paths: ['/vietnamese/'] },
  { name: 'RFI Tiếng Việt', host: 'www.rfi.fr', paths: ['/vi/'] },
  { name: 'DW Tiếng Việt', host: 'www.dw.com', paths: ['/vi/'] },
  { name: 'Sputnik Việt Nam', host: 'sputniknews.vn', paths: ['/'] },
  { name: 'CRI Tiếng Việt', host: 'vietnamese.cri.cn', paths: ['/'] },
  { name: 'Người Việt', host: 'www.nguoi-viet.com', paths: ['/'] },
];

/** The permission a service is asked for: its whole host. */
export const serviceOrigin = (service: ForeignService) => `*://${service.host}/*`;

/** Where its script runs: its Vietnamese sections. */
export const serviceMatches = (service: ForeignService) => service.paths.map((path) => `*://${service.host}${path}*`);

/** The service a page belongs to (by its exact host: the grant is for that host), if any. */
export function serviceOf(url: string): ForeignService | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return FOREIGN_SERVICES.find((s) => s.host === host) ?? null;
  } catch {
    return null;
  }
}

/** The service a granted origin stands for, if it is one. */
export const serviceForOrigin = (origin: string) => FOREIGN_SERVICES.find((s) => serviceOrigin(s) === origin) ?? null;
