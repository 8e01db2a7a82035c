/**
 * Text without diacritics, one rule for every ASCII form: decomposed (NFD),
 * every combining mark dropped, and "đ"/"Đ" (letters of their own, which NFD
 * leaves whole) as "d"/"D". Search's bare words (fold.ts), download names and
 * the page side's site-name comparisons all go through it, so "Đà Nẵng" is
 * "Da Nang" wherever a form without marks is wanted.
 */

const MARKS = /\p{M}/gu;

/** "Nguyễn Trọng Nghĩa" -> "Nguyen Trong Nghia": marks gone, case and everything else kept. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replaceAll('đ', 'd').replaceAll('Đ', 'D');
}

/** ASCII letters and digits, every other run one dash, none at either end; case kept: "57/KL-TW" -> "57-KL-TW". */
export function slug(text: string): string {
  return withoutMarks(text)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** ASCII letters and digits only, lower case: "Dân Trí" and "dantri.com.vn" share "dantri". */
export function compactAscii(text: string): string {
  return withoutMarks(text).toLowerCase().replace(/[^a-z0-9]/g, '');
}
