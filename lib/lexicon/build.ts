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
import { normalize, originalRange } from '../text/normalize';
import { foldKey } from '../text/keys';
import { trimPhrase } from '../text/phrase';
import { findOfficials } from '../matcher/officials';
import { tokenize } from '../matcher/tokens';
import type { Lexicon, MatcherLexicon } from '../matcher/types';
import { LexiconGatherer } from './gather';

export { agreedSubject } from './gather';

export interface SeedArticle {
  file: string;
  text: string;
}

/** "nguyên" (former), "cố" (late), "quyền" (acting) belong to a title, not to its head. */
const MODIFIER = /^(?:nguyên|cố|quyền)\s+/iu;
/** Capitalised nouns that start an organisation's name inside a title. */
const ORG_START = /^(?:Ban|Bộ|Cục|Vụ|Sở|Viện|Văn phòng|Tổng cục|Tỉnh|Thành|Quân|Ủy ban|Uỷ ban|Đảng|Học viện|Hội|Tòa|Đoàn|UBND|HĐND|BCH|Trung ương)/u;

export function buildLexicon(seeds: readonly SeedArticle[]): Lexicon {
  const matcher = createMatcher(EMPTY_LEXICON);
  const gathered = new LexiconGatherer();
  const organisations = new Map<string, string>();
  const heads = new Map<string, string>();

  for (const seed of seeds) {
    const analysis = matcher.analyze(seed.text);
    for (const o of analysis.officials) gathered.addOfficial(o, seed.file);
    collectTitleParts(seed.text, heads, organisations);
    // Particulars per document; subjects per mention, so the lexicon can keep what every citation agrees on.
    for (const d of analysis.directives) gathered.addDirective({ ...d, subject: null }, seed.file);
    const n = normalize(seed.text);
    for (const hit of findDirectives(n)) {
      const subject = hit.subject && subjectText(n.text, hit.subject);
      if (subject) gathered.addSubject(hit.id, subject);
    }
  }

  const lexDirectives = gathered.directives();
  const seedTexts = seeds.map((s) => normalize(s.text).lower);
  return {
    version: 1,
    sources: seeds.map((s) => s.file),
    officials: gathered.officials(),
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

/**
 * The part of a lexicon the matcher reads, for the annotator to ship: no seed files,
 * no officials' titles or organisations (the grammar reads titles in the text), no
 * seed counts. The same analysis, for a third of the bytes.
 */
export function matcherLexicon(lexicon: Lexicon): MatcherLexicon {
  return {
    officials: lexicon.officials.map(({ name }) => ({ name })),
    directives: lexicon.directives.map(({ id, kind, issuer, date, subject }) => ({ id, kind, issuer, date, subject })),
    titleHeads: lexicon.titleHeads,
    topicTerms: lexicon.topicTerms.map(({ term, weight }) => ({ term, weight })),
    topicDirectives: lexicon.topicDirectives,
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
    return trimPhrase(n.original.slice(r.start, r.end));
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
