/**
 * The matcher is a total function: real text, mutated the ways pages and
 * scrapers mangle it, always gets an analysis and never a throw. The texts are
 * the seeds (in the repository) and, when ../shared is beside it, every text of
 * the shared corpora. A failure prints fast-check's seed and path, so the case
 * replays with `fc.assert(..., { seed, path })`.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/matcher/analyze';
import { CORPUS, corpusMissing, loadGold, ROOT } from '../../../scripts/lib/corpus';

const missing = corpusMissing();
const seeds = readdirSync(join(ROOT, 'seeds')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const shared = missing
  ? []
  : [
      ...loadGold()
        .filter((d) => d.set === 'dev')
        .map((d) => d.text),
      // Saved pages, tags dropped: long real text with menus and footers in it.
      ...readdirSync(join(CORPUS, 'html'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(join(CORPUS, 'html', f), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>|<[^>]*>/g, ' ')),
    ];
const texts = [...seeds, ...shared];
const source = missing ? `the seeds only (${missing})` : `${texts.length} real texts`;

/** A window of at most 3 000 characters: every offset of every text is reachable, and a case stays cheap. */
const windowOf = fc
  .tuple(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 3000 }))
  .map(([t, at, length]) => {
    const text = texts[t]!;
    const start = at % (text.length + 1);
    return text.slice(start, start + length);
  });

const TITLES = ['Bộ trưởng', 'Phó Thủ tướng', 'Đại sứ', 'Ủy viên Bộ Chính trị', 'Thiếu tướng', 'Chủ tịch', 'UVBTV', 'Bí thư Tỉnh ủy', 'Trưởng ban'];
const sentences = (s: string) => s.split(/(?<=[.!?;\n])/);
const at = (s: string, k: number) => k % (s.length + 1);

type Mutation = (s: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((k): Mutation => (s) => s.slice(0, at(s, k))),
  fc.nat().map((k): Mutation => (s) => s.slice(at(s, k))),
  fc.constant<Mutation>((s) => s.replace(/\n+/g, ' ')),
  fc.array(fc.nat(), { maxLength: 8 }).map((ks): Mutation => (s) => ks.reduce((t, k) => `${t.slice(0, at(t, k))}\n${t.slice(at(t, k))}`, s)),
  fc.nat().map((k): Mutation => (s) => {
    const parts = sentences(s);
    // A rotation and a reversal of the sentences: order-dependent rules meet new neighbours.
    const r = k % (parts.length || 1);
    return (k % 2 ? [...parts.slice(r), ...parts.slice(0, r)] : parts.reverse()).join('');
  }),
  fc.constant<Mutation>((s) => s.replace(/[.,;:!?()"“”'-]/g, '')),
  fc.constant<Mutation>((s) => s.replace(/ /g, '')),
  fc.constant<Mutation>((s) => s.toUpperCase()),
  fc.constant<Mutation>((s) => s.toLowerCase()),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (s) => s.slice(0, at(s, a)) + s.slice(at(s, a), at(s, a) + (b % 200)).toUpperCase() + s.slice(at(s, a) + (b % 200))),
  fc.constant<Mutation>((s) => s.normalize('NFD')),
  fc.tuple(fc.nat(), fc.nat({ max: TITLES.length - 1 }), fc.integer({ min: 1, max: 60 }), fc.constantFrom(' ', ', ', ' - ', ': ')).map(
    ([k, t, times, sep]): Mutation =>
      (s) => `${s.slice(0, at(s, k))}${`${TITLES[t]}${sep}`.repeat(times)}${s.slice(at(s, k))}`,
  ),
  // Cut right after a title head or a comma: the grammar meets the end of the text mid-rule.
  fc.tuple(fc.nat(), fc.constantFrom(...TITLES, ',', ' tại', ' của')).map(([k, cut]): Mutation => (s) => {
    const i = s.indexOf(cut, at(s, k));
    return i < 0 ? `${s}${cut}` : s.slice(0, i + cut.length);
  }),
  fc.string({ unit: 'grapheme', maxLength: 20 }).chain((junk) => fc.nat().map((k): Mutation => (s) => s.slice(0, at(s, k)) + junk + s.slice(at(s, k)))),
);

const RUNS = 10_000;
/** Eleven properties at RUNS cases each: 110 000 mutated texts in all. */
const properties: [string, fc.Arbitrary<string>][] = [
  ['a window of real text', windowOf],
  ['one mutation', fc.tuple(windowOf, mutation).map(([s, m]) => m(s))],
  ['two mutations', fc.tuple(windowOf, mutation, mutation).map(([s, a, b]) => b(a(s)))],
  ['three mutations', fc.tuple(windowOf, mutation, mutation, mutation).map(([s, a, b, c]) => c(b(a(s))))],
  ['a title chain cut anywhere', fc.tuple(windowOf, fc.nat()).map(([s, k]) => `${TITLES.join(' - ')} ${s}`.slice(0, 20 + (k % 400)))],
  ['two windows joined without a space', fc.tuple(windowOf, windowOf).map(([a, b]) => a + b)],
  ['NFD then a cut', fc.tuple(windowOf, fc.nat()).map(([s, k]) => s.normalize('NFD').slice(0, at(s, k)))],
  ['names and initials', fc.tuple(windowOf, fc.nat(), fc.constantFrom('Marc E.Knapper', 'A.B', 'T.Ư', 'Sầm Việt An', 'Tập Cận Bình', 'A. với')).map(([s, k, n]) => `${s.slice(0, at(s, k))} Đại sứ ${n}, ${s.slice(at(s, k))}`)],
  ['places after titles', fc.tuple(windowOf, fc.constantFrom('Việt Nam', 'Hoa Kỳ tại Việt Nam', 'Hà Nội', 'Gia Lai')).map(([s, p]) => `${s} Đại sứ ${p}`)],
  ['unicode junk', fc.tuple(windowOf, fc.string({ unit: 'binary', maxLength: 40 })).map(([s, j]) => s + j + s.slice(0, 100))],
  // Any character glued to either side of a title: the phrase scan's edge and the tokenizer's letters must agree.
  [
    'any character touching a title',
    fc
      .tuple(fc.integer({ min: 1, max: 0xfffd }), fc.integer({ min: 1, max: 0xfffd }), fc.constantFrom(...TITLES), windowOf)
      .map(([a, b, title, s]) => `${String.fromCharCode(a)}${title} ${String.fromCharCode(b)}${s.slice(0, 200)}`),
  ],
];

describe(`analyze never throws on mutated real text (${source})`, () => {
  it.each(properties)('%s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const a = analyze(text);
        // A full analysis: nothing degraded, every offset inside the text.
        expect(a.degraded).toBeUndefined();
        for (const m of [...a.officials, ...a.directives].flatMap((f) => f.mentions)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
        expect(a.foreignInfo.score).toBeGreaterThanOrEqual(0);
        expect(a.foreignInfo.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
