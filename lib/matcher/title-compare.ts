/**
 * When are two spellings one title? After folding case, tone placement,
 * punctuation and abbreviations ("UVBTV Tỉnh ủy" is "Ủy viên Ban Thường vụ Tỉnh
 * ủy"), when they are equal or one contains the other at word edges: "Chủ tịch
 * UBND tỉnh" is found in "Chủ tịch UBND tỉnh Gia Lai". Used by the evaluation and
 * to merge one person's titles written two ways.
 */
import { expandTitle } from './language/abbreviations';
import { foldKey } from '../text/keys';

/** The folded comparison key of a title. */
export function titleKey(title: string): string {
  return ` ${foldKey(expandTitle(title)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

export function sameTitle(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  if (x.trim() === '' || y.trim() === '') return false;
  return x.includes(y) || y.includes(x);
}
