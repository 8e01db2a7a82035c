/**
 * Seed articles → lexicon, with the same grammar and name model the matcher
 * uses at run time: add an article to seeds/, rebuild, and the extension knows
 * its officials (with every title the seeds give them), its directives (with
 * kind, issuer, date and subject), the organisations and title heads it uses,
 * and how strongly the seeds confirm each topic term. Bylines and boilerplate
 * carry no title, so they are never learnt as officials.
 */
import { findDirectives, subjectText } from '../matcher/directives';
import { TOPIC_TERMS } from '../matcher/language/topic-terms';
import { createMatcher, EMPTY_LEXICON } from '../matcher/matcher';
import { foldKey, normalize, originalRange } from '../matcher/normalize';
import { findOfficials } from '../matcher/officials';
import { tokenize } from '../matcher/tokens';
import type { Lexicon, LexiconDirective, LexiconOfficial } from '../matcher/types';

export interface SeedArticle {
  file: string;
  text: string;
}

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').replace(/[\s,;:.]+$/u, '').trim();
/** "nguyên" (former), "cố" (late), "quyền" (acting) belong to a title, not to its head. */
const MODIFIER = /^(?:nguyên|cố|quyền)\s+/iu;
/** Capitalised nouns that start an organisation's name inside a title. */
const ORG_START = /^(?:Ban|Bộ|Cục|Vụ|Sở|Viện|Văn phòng|Tổng cục|Tỉnh|Thành|Quân|Ủy ban|Uỷ ban|Đảng|Học viện|Hội|Tòa|Đoàn|UBND|HĐND|BCH|Trung ương)/u;

export function buildLexicon(seeds: readonly SeedArticle[]): Lexicon {
  const matcher = createMatcher(EMPTY_LEXICON);
  const officials = new Map<string, LexiconOfficial>();
  const directives = new Map<string, LexiconDirective & { subjects: string[] }>();
  const organisations = new Map<string, string>();
  const heads = new Map<string, string>();

  for (const seed of seeds) {
    const analysis = matcher.analyze(seed.text);
    for (const o of analysis.officials) {
      const key = foldKey(o.name);
      const entry = officials.get(key) ?? { name: o.name, titles: [], sources: [] };
      for (const title of o.titles) if (!entry.titles.some((t) => foldKey(t) === foldKey(title))) entry.titles.push(title);
      if (!entry.sources.includes(seed.file)) entry.sources.push(seed.file);
      officials.set(key, entry);
    }
    collectTitleParts(seed.text, heads, organisations);

    for (const d of analysis.directives) {
      const key = d.id.toUpperCase();
      const entry = directives.get(key) ?? { id: d.id, kind: null, issuer: null, date: null, subject: null, sources: [], subjects: [] };
      entry.kind ??= d.kind;
      entry.issuer ??= d.issuer;
      entry.date ??= d.date;
      if (!entry.sources.includes(seed.file)) entry.sources.push(seed.file);
      directives.set(key, entry);
    }
    // Subjects per mention, so the lexicon can keep what every citation agrees on.
    const n = normalize(seed.text);
    for (const hit of findDirectives(n)) {
      const entry = directives.get(hit.id.toUpperCase());
      const subject = hit.subject && subjectText(n.text, hit.subject);
      if (entry && subject) entry.subjects.push(subject);
    }
  }

  const lexDirectives = [...directives.values()].map(({ subjects, ...d }) => ({ ...d, subject: agreedSubject(subjects) }));
  const seedTexts = seeds.map((s) => normalize(s.text).lower);
  return {
    version: 1,
    sources: seeds.map((s) => s.file),
    officials: [...officials.values()],
    directives: lexDirectives,
    organisations: [...organisations.values()].sort(),
    titleHeads: [...heads.values()].sort(),
    // Only the terms the seeds confirm: the matcher already holds every base term at its
    // base weight, and a copy of all of them would weigh on every article page.
    topicTerms: TOPIC_TERMS.flatMap((t) => {
      const key = foldKey(t.term);
      const seedDocs = seedTexts.filter((text) => containsPhrase(text, key)).length;
      // Terms every seed confirms weigh up to a fifth more; confusers are left as they are.
      if (t.weight <= 0 || seedDocs === 0) return [];
      const boost = 1 + 0.2 * (seedDocs / seeds.length);
      return [{ term: t.term, weight: Math.round(t.weight * boost * 100) / 100, seedDocs }];
    }),
    topicDirectives: lexDirectives
      .filter((d) => d.subject && /thông tin đối ngoại|\d+-KL\/TW/iu.test(normalize(d.subject).text))
      .map((d) => d.id),
  };
}

function containsPhrase(lowerText: string, key: string): boolean {
  const at = lowerText.indexOf(key);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(lowerText[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lowerText[at + key.length] ?? ' ');
}

/** The heads and organisation names of every title the officials grammar reads in a text. */
function collectTitleParts(text: string, heads: Map<string, string>, organisations: Map<string, string>): void {
  const n = normalize(text);
  const slice = (start: number, end: number) => {
    const r = originalRange(n, start, end);
    return clean(n.original.slice(r.start, r.end));
  };
  for (const hit of findOfficials(tokenize(n.text, n.lower), { known: new Set() })) {
    for (const t of hit.titles) {
      const head = slice(t.start, t.headEnd).replace(MODIFIER, '');
      heads.set(foldKey(head), heads.get(foldKey(head)) ?? head);
      if (t.headEnd >= t.end) continue;
      for (const part of slice(t.headEnd, t.end).split(/,\s*/)) {
        const org = part.replace(/^(?:Thường trực|thường trực)\s+/u, '');
        if (ORG_START.test(org)) organisations.set(foldKey(org), organisations.get(foldKey(org)) ?? org);
      }
    }
  }
}

/**
 * The subject every citation agrees on: their common opening when one citation
 * is exactly that (the others run on into the sentence), else the most frequent.
 */
export function agreedSubject(subjects: readonly string[]): string | null {
  if (subjects.length === 0) return null;
  const words = subjects.map((s) => s.split(' '));
  const bare = (w: string | undefined) => (w ?? '').replace(/[,;:]$/u, '');
  let common = 0;
  while (words.every((w) => w[common] !== undefined && bare(w[common]) === bare(words[0]![common]))) common++;
  const complete = words.find((w) => w.length === common);
  if (complete) return complete.join(' ');
  const counts = new Map<string, number>();
  for (const s of subjects) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
