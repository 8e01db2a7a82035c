/**
 * Tag suggestions while a tag is typed: the user's own tags whose words start
 * with the words typed, diacritics or not ("bao cao" finds "Báo cáo quý"),
 * through the one search fold (lib/text/fold.ts). Tags already in the field
 * are not offered again; the order given (most used first) is kept.
 */
import { bare, bareTerms, fold, startsWordsWithAll } from '../text/fold';

/** The tags typed so far ("a, b, c" → ["a", "b"]) and the one being typed ("c"). */
export function splitTagField(text: string): { done: string[]; typing: string } {
  const parts = text.split(',');
  const typing = parts.pop() ?? '';
  return { done: parts.map((p) => p.trim()).filter(Boolean), typing: typing.trimStart() };
}

/** At most `limit` of the user's tags that fit the tag being typed. */
export function suggestTags(own: readonly string[], field: string, limit = 6): string[] {
  const { done, typing } = splitTagField(field);
  const terms = bareTerms(typing);
  if (terms.length === 0) return [];
  const have = new Set(done.map(fold));
  const typed = fold(typing);
  const out: string[] = [];
  for (const tag of own) {
    const key = fold(tag);
    // The tag typed out in full needs no suggestion.
    if (have.has(key) || key === typed || !startsWordsWithAll(bare(tag), terms)) continue;
    out.push(tag);
    if (out.length === limit) break;
  }
  return out;
}

/** The field with the tag being typed replaced by a chosen tag, ready for the next one. */
export function acceptTag(field: string, tag: string): string {
  const { done } = splitTagField(field);
  return [...done, tag].join(', ') + ', ';
}
