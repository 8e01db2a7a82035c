/**
 * One id per document on a clipping's card, by the matcher's current rules,
 * whatever matcher wrote its stored analysis. An older analysis may hold
 * "Kết luận 16" (with "Bộ Chính trị" as its issuer) or "16/KL-TW" where the
 * matcher now says 16-KL/TW: each id is read again by the directive grammar,
 * with its issuer, and a bare "Kết luận 16" takes the symbol another
 * directive of the same clipping has for that kind and number (the matcher's
 * same-text rule). Ids the rules leave different stay different.
 */
import { findDirectives } from '../matcher/directives';
import { normalize } from '../text/normalize';
import type { Directive } from '../matcher/types';

type Stored = Pick<Directive, 'id' | 'kind' | 'issuer'>;

interface Reading {
  id: string;
  symbol: boolean;
}

/** Readings already made: an import of thousands of clippings cites a few hundred documents. */
const readings = new Map<string, Reading>();
const KEEP = 4096;

/** What the grammar makes of an id written out with its issuer; the id itself when it reads nothing else. */
function reread(d: Stored): Reading {
  const id = d.id.normalize('NFC').trim();
  const text = d.issuer ? `${id} của ${d.issuer.normalize('NFC').trim()}` : id;
  let reading = readings.get(text);
  if (!reading) {
    const hit = findDirectives(normalize(text)).find((h) => h.start === 0);
    reading = hit ? { id: hit.id, symbol: hit.hasSymbol } : { id, symbol: false };
    if (readings.size >= KEEP) readings.clear();
    readings.set(text, reading);
  }
  return reading;
}

const leadingNumber = (id: string) => /^(\d+)/.exec(id)?.[1];
const bareNumber = (id: string) => /\s(\d+)$/.exec(id)?.[1];

/** The canonical id of each directive, in order (duplicates kept: the caller keeps one per key). */
export function canonicalDirectiveIds(directives: readonly Stored[]): string[] {
  const read = directives.map(reread);
  return read.map((r, i) => {
    if (r.symbol) return r.id;
    const number = bareNumber(r.id);
    const kind = directives[i]!.kind;
    if (!number || !kind) return r.id;
    // Exactly one symbol of the same kind and number on this clipping: that is the document.
    const same = new Set(
      read.filter((s, j) => s.symbol && directives[j]!.kind === kind && Number(leadingNumber(s.id)) === Number(number)).map((s) => s.id),
    );
    return same.size === 1 ? [...same][0]! : r.id;
  });
}
