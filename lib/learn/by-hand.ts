/**
 * An official or a directive the user selected in a clipping's text: read by
 * the matcher when it can (a selection "Bộ trưởng Nguyễn Văn An" gives the
 * name and the title; "Kết luận số 57-KL/TW" the id and the kind), else taken
 * as written. Mentions point into the clipping's text.
 */
import { LIMITS } from '../clipping/validate-clipping';
import type { Analysis, Directive, Official } from '../matcher/types';

export type Analyze = (text: string) => Analysis;

/** The selection without the spaces and punctuation around it; null when nothing is left. */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number; words: string } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /[\s,.;:!?()"“”'‘’«»\-–—]/u.test(text[s]!)) s++;
  while (e > s && /[\s,.;:!?()"“”'‘’«»\-–—]/u.test(text[e - 1]!)) e--;
  if (s >= e || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return null;
  return { start: s, end: e, words: text.slice(s, e).normalize('NFC').replace(/\s+/g, ' ') };
}

const shift = (mentions: readonly { start: number; end: number }[], by: number) => mentions.map((m) => ({ start: m.start + by, end: m.end + by }));

export function officialFromSelection(text: string, start: number, end: number, analyze: Analyze): Official | null {
  const sel = trimSelection(text, start, end);
  if (!sel) return null;
  const found = analyze(text.slice(sel.start, sel.end)).officials[0];
  if (found) return { name: found.name, titles: found.titles, mentions: shift(found.mentions, sel.start) };
  if ([...sel.words].length > LIMITS.name) return null;
  return { name: sel.words, titles: [], mentions: [{ start: sel.start, end: sel.end }] };
}

export function directiveFromSelection(text: string, start: number, end: number, analyze: Analyze): Directive | null {
  const sel = trimSelection(text, start, end);
  if (!sel) return null;
  const found = analyze(text.slice(sel.start, sel.end)).directives[0];
  if (found) {
    const { from: _reference, ...directive } = found;
    return { ...directive, mentions: shift(found.mentions, sel.start) };
  }
  if ([...sel.words].length > LIMITS.directiveId) return null;
  return { id: sel.words, kind: null, issuer: null, date: null, subject: null, mentions: [{ start: sel.start, end: sel.end }] };
}
