/**
 * What Obsidian needs of names, links and tags that plain Markdown does not:
 * a note's name cannot hold # ^ [ ] | (they break a [[link]]) besides what
 * file systems refuse, so a directive id "57-KL/TW" is filed as "57-KL-TW"
 * and linked as [[Văn bản/57-KL-TW|57-KL/TW]]; a tag is letters, digits,
 * _ - / with no spaces and not all digits.
 */

/** A note's name stem: Obsidian's link characters and path separators as "-". */
export const noteStem = (name: string) => name.replace(/[#^[\]|/\\:]+/gu, '-').replace(/-{2,}/g, '-');

/** A wiki link to a note (path without ".md") shown as `label`; the label loses what would close the link. */
export const wikiLink = (path: string, label: string) => `[[${path}|${label.replace(/[[\]|]+/gu, ' ').replace(/\s+/gu, ' ').trim()}]]`;

/** A tag as Obsidian takes it ("Đà Nẵng" → "Đà-Nẵng", "+1" → "_1"); null when nothing is left. */
export function obsidianTag(tag: string): string | null {
  const t = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (!t) return null;
  return /^\p{N}+$/u.test(t) ? `_${t}` : t;
}
