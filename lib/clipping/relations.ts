/**
 * Which documents an article says a document carries out: "Kế hoạch số
 * 45-KH/TU thực hiện Kết luận số 57-KL/TW", "Chương trình 12 triển khai Chỉ
 * thị 05 và Kết luận 01", "Quy định … cụ thể hóa Nghị quyết 27". Read from the
 * stored text and the matcher's mention offsets, so it costs one look at the
 * few characters between neighbouring mentions, never a scan of the text.
 */
import type { Directive } from '../matcher/types';

export interface CarriesOut {
  /** The document that carries out… */
  from: string;
  /** …this one. */
  to: string;
  /** The span of the text that says so (from the first document's mention to the second's end). */
  start: number;
  end: number;
}

const VERB = /(?:thực hiện|triển khai|cụ thể (?:hóa|hoá))/giu;
/** A sentence or clause ends: no statement runs across these. */
const BREAK = /[.;!?:\n]\s|[;\n]|[.!?]$/u;
/** Between the first document and the verb: its date, issuer, "về việc"… but no new clause. */
const MAX_BEFORE_VERB = 120;
/** A date set off by commas names the first document's day, not a new clause: "Kế hoạch số 45-KH/TU, ngày 12-3-2024 của Tỉnh ủy thực hiện…". */
const DATE_CLAUSE = /,\s*ngày\s+\d{1,2}(?:\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?/gu;
/** Between the verb and the document it carries out: a few words ("có hiệu quả", "Kết luận số"). */
const MAX_AFTER_VERB = 40;
/** A list of documents after the verb: "…Chỉ thị 05, Kết luận 01 và Nghị quyết 27". */
const LIST_JOIN = /^[^.;!?\n]{0,60}$/u;
const JOINER = /(?:,|(?:^|\s)(?:và|cùng)(?:\s|$))/u;

interface Placed {
  id: string;
  start: number;
  end: number;
}

/** Every "A carries out B" the text states, in text order; one per statement and pair. */
export function carriesOut(text: string, directives: readonly Directive[]): CarriesOut[] {
  const mentions: Placed[] = directives
    .flatMap((d) => d.mentions.map((m) => ({ id: d.id, start: m.start, end: m.end })))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const found: CarriesOut[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const from = mentions[i]!;
    const next = mentions[i + 1]!;
    if (next.start < from.end) continue;
    const gap = text.slice(from.end, next.start).normalize('NFC');
    const verb = lastVerb(gap);
    if (!verb) continue;
    const before = gap.slice(0, verb.start).replace(DATE_CLAUSE, ' ');
    const after = gap.slice(verb.end);
    if (before.length > MAX_BEFORE_VERB || before.includes(',') || BREAK.test(before)) continue;
    if (after.length > MAX_AFTER_VERB || /[,.;!?:\n]/u.test(after)) continue;
    // The target, and the documents listed right after it.
    let target = next;
    for (let j = i + 1; j < mentions.length; j++) {
      const to = mentions[j]!;
      if (j > i + 1) {
        const join = text.slice(target.end, to.start);
        if (!LIST_JOIN.test(join) || !JOINER.test(join) || lastVerb(join)) break;
        // "… và Kế hoạch 45 thực hiện Chỉ thị 12": that one starts a statement of its own.
        const following = mentions[j + 1];
        if (following && lastVerb(text.slice(to.end, following.start))) break;
        target = to;
      }
      if (to.id !== from.id) found.push({ from: from.id, to: to.id, start: from.start, end: to.end });
    }
  }
  return dedupe(found);
}

function lastVerb(gap: string): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  for (const m of gap.matchAll(VERB)) last = { start: m.index, end: m.index + m[0].length };
  return last;
}

function dedupe(found: CarriesOut[]): CarriesOut[] {
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = `${r.from}\u0000${r.to}\u0000${r.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
