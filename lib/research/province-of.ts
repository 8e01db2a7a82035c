/**
 * Which of Vietnam's 34 provinces of July 2025 an article speaks for, so a
 * directive's page can rank where it was taken up: the province of the site
 * (a provincial paper "baohatinh.vn", a portal "hatinh.gov.vn", a Party
 * committee "hatinh.dcs.vn") and the provinces named in what the article says
 * of its documents (an issuer "Tỉnh ủy Hà Tĩnh", "…của Tỉnh ủy Thanh Hoá thực
 * hiện…"). A province merged in 2025 counts as the one that took it in (Hà
 * Giang → Tuyên Quang). Names compare by the matching key (lib/text/keys.ts),
 * so "Thanh Hóa" and "Thanh Hoá", NFC or not, are one province. Pure.
 */
import { PROVINCES } from '../matcher/language/provinces';
import { compactAscii } from '../text/ascii';
import { foldKey } from '../text/keys';

/** Every name, old and new, with the 2025 province it is part of. */
const NAMES: readonly [string, string][] = [...PROVINCES].flatMap(([now, before]) => [now, ...before].map((name): [string, string] => [name, now]));

const BY_HOST_LABEL = new Map(NAMES.map(([name, now]) => [compactAscii(name), now]));
/** Longest names first, so "Bà Rịa - Vũng Tàu" is found before "Vũng Tàu" and counts once. */
const BY_KEY = NAMES.map(([name, now]): [string, string] => [foldKey(name), now]).sort((a, b) => b[0].length - a[0].length);

/** The province a site's host is named for ("baohatinh.vn", "hatinh.gov.vn"), or null. */
export function provinceOfSite(host: string): string | null {
  const label = host.toLowerCase().replace(/^www\./, '').split('.')[0] ?? '';
  return BY_HOST_LABEL.get(label) ?? BY_HOST_LABEL.get(label.replace(/^bao/, '')) ?? null;
}

const LETTER = /[\p{L}\p{N}]/u;
/** The city bears a man's name ("tư tưởng Hồ Chí Minh"): it counts only when called a city. */
const CITY_OF_A_MAN = foldKey('Hồ Chí Minh');

/** The 2025 provinces a text names, each once, in the order first named. */
export function provincesIn(text: string): string[] {
  let key = foldKey(text);
  const found: { at: number; province: string }[] = [];
  for (const [name, now] of BY_KEY) {
    for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (LETTER.test(key[at - 1] ?? '') || LETTER.test(key[end] ?? '')) continue;
      if (name === CITY_OF_A_MAN && !/(?:thành phố|tp\.?)\s*$/u.test(key.slice(0, at))) continue;
      found.push({ at, province: now });
      // Blanked, so a shorter name inside it ("Vũng Tàu" in "Bà Rịa - Vũng Tàu") is not found again.
      key = `${key.slice(0, at)}${' '.repeat(name.length)}${key.slice(end)}`;
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.province))];
}
