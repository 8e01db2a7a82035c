/**
 * The learnt matcher is total and linear on mutated real text: it never
 * throws, every mention lies inside the text and reads as the known name
 * (folded), and a text written twice gets exactly twice the mentions (the
 * second set shifted): nothing one copy holds changes what the other finds,
 * so the work grows with the text, not faster. The collection it learns from
 * is the real matcher's reading of the seeds and, when ../shared is beside
 * the repository, of every text of the shared corpora.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnFromCollection } from '@/lib/learn/lexicon';
import { createLearntMatcher, type CollectionMatches } from '@/lib/learn/matcher';
import { analyze } from '@/lib/matcher/analyze';
import { foldKey } from '@/lib/text/keys';
import { corpusMissing, loadGold, ROOT } from '../../../scripts/lib/corpus';

const missing = corpusMissing();
const seeds = readdirSync(join(ROOT, 'seeds')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const shared = missing ? [] : loadGold().map((d) => d.text);
const texts = [...seeds, ...shared];
const source = missing ? `the seeds only (${missing})` : `${texts.length} real texts`;

// The user's collection: every text clipped once.
const matcher = createLearntMatcher(learnFromCollection(texts.map((text, i) => ({ id: `c${i}`, analysis: analyze(text) }))));

const windowOf = fc.tuple(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 4000 })).map(([t, at, length]) => {
  const text = texts[t]!;
  const start = at % (text.length + 1);
  return text.slice(start, start + length);
});
const at = (s: string, k: number) => k % (s.length + 1);
type Mutation = (s: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((k): Mutation => (s) => s.slice(0, at(s, k))),
  fc.constant<Mutation>((s) => s.normalize('NFD')),
  fc.constant<Mutation>((s) => s.toUpperCase()),
  fc.constant<Mutation>((s) => s.toLowerCase()),
  fc.constant<Mutation>((s) => s.replace(/\n+/g, ' ')),
  fc.constant<Mutation>((s) => s.replace(/[.,;:!?()"“”'-]/g, '')),
  fc.constant<Mutation>((s) => s.replace(/ /g, '')),
  fc.constant<Mutation>((s) => s.replace(/òa/g, 'oà').replace(/ủy/g, 'uỷ')),
  fc.string({ unit: 'grapheme', maxLength: 20 }).chain((junk) => fc.nat().map((k): Mutation => (s) => s.slice(0, at(s, k)) + junk + s.slice(at(s, k)))),
);
const mutated = fc.tuple(windowOf, mutation, mutation).map(([s, a, b]) => b(a(s)));

/** Every mention as "kind:key@start-end", sorted. */
function mentions(found: CollectionMatches, shift = 0): string[] {
  return [
    ...found.officials.flatMap((o) => o.mentions.map((m) => `o:${o.known.name}@${m.start + shift}-${m.end + shift}`)),
    ...found.directives.flatMap((d) => d.mentions.map((m) => `d:${d.known.id}@${m.start + shift}-${m.end + shift}`)),
  ].sort();
}

describe(`the learnt matcher on mutated real text (${source})`, () => {
  it('learnt something to look for', () => {
    expect(matcher.officials).toBeGreaterThan(10);
    expect(matcher.directives).toBeGreaterThan(3);
  });

  it('is total: never throws, every mention inside the text and reading as the known name', () => {
    let finding = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        const found = matcher.find(text);
        if (found.officials.length + found.directives.length) finding++;
        for (const o of found.officials)
          for (const m of o.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(foldKey(text.slice(m.start, m.end))).toBe(foldKey(o.known.name));
          }
        for (const d of found.directives) for (const m of d.mentions) expect(foldKey(text.slice(m.start, m.end))).toBe(foldKey(d.known.id));
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous pass: many of the mutated texts still name someone or something the collection knows.
    expect(finding).toBeGreaterThan(300);
  }, 120_000);

  it('is linear: a text written twice gets exactly twice the mentions', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const once = matcher.find(text);
        const twice = matcher.find(`${text}\n\n${text}`);
        // NFC may shorten a decomposed text: the second copy starts where the first one ends, in the original.
        expect(mentions(twice)).toEqual([...mentions(once), ...mentions(once, text.length + 2)].sort());
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
