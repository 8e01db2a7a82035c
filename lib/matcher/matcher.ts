/**
 * Text → Analysis in a few passes over the text:
 *   1. normalise once (a regex scan for unusual characters, one for new-style
 *      tone pairs, and the lower-casing);
 *   2. one phrase pass, a single regex, for the grammar's anchors (title heads,
 *      honorifics, kind words), the topic vocabulary and the known officials' names;
 *   3. the directive grammar at its anchors (numbers and kind words), the
 *      officials grammar in the windows around title heads;
 *   4. one case-sensitive pass for the names this text taught, when it taught any.
 * Offsets are mapped back to the original text at the end. Build a matcher
 * once per lexicon (it compiles the phrase lists) and call analyze() per text.
 */
import { isUpperChar, LETTERS } from '../text/chars';
import { findDirectives, subjectText, type DirectiveHit } from './directives';
import { ISSUER_CODES, KIND_WORDS } from './language/documents';
import { NAMED_AFTER_PEOPLE } from './language/places';
import { DEPUTY_HEADS, HEADS, RANKS } from './language/titles';
import { OFF_TOPIC_DIRECTIVES, STEERING_BEFORE, STEERING_COMMITTEE, TOPIC_DIRECTIVES, TOPIC_TERMS } from './language/topic-terms';
import { normalize, originalRange, type Normalized } from '../text/normalize';
import { directiveIdKey, foldKey } from '../text/keys';
import { trimPhrase } from '../text/phrase';
import type { OfficialHit } from './official-hit';
import { DEFAULT_THRESHOLD } from './threshold';
import { findOfficialsInText } from './officials';
import { compileNames, compilePhrases, scanNames, scanPhrases, type PhraseHit } from './phrases';
import { FOREIGN_COMPARED, oneForeignName } from './same-person';
import { LEAD_CHARS, scoreTopic, type TermCount } from './topic';
import type { Analysis, Directive, DirectiveParticulars, Lexicon, MatcherLexicon, Mention, Official } from './types';

export interface MatcherOptions {
  /** Topic verdict threshold in [0, 1]; defaults to the calibrated DEFAULT_THRESHOLD. */
  threshold?: number;
}

export const EMPTY_LEXICON: Lexicon = {
  version: 1,
  sources: [],
  officials: [],
  directives: [],
  organisations: [],
  titleHeads: [],
  topicTerms: [],
  topicDirectives: [],
};

export interface Matcher {
  analyze(text: string): Analysis;
  /**
   * The same analysis as steps: it pauses (yields) between its passes, so a page can
   * run each pass in a task of its own (lib/dom/chunked-analysis.ts); analyze() runs
   * them all at once.
   */
  analyzeSteps(text: string): Generator<void, Analysis, void>;
  readonly lexicon: MatcherLexicon;
}

/** Runs steps to their end at once. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

type AnchorKind = 'head' | 'honorific' | 'kind';
/** What a phrase of the vocabulary is: a grammar anchor, a topic term, a known official's name, or several. */
interface VocabularyEntry {
  anchor?: AnchorKind;
  topic?: { weight: number; label: string };
  knownName?: true;
}
const HONORIFIC_KEYS = ['ông', 'bà', 'ngài', 'đồng chí'];
/**
 * The word before a full-name mention that makes it a place ("thành phố Hồ Chí
 * Minh", "đường Lê Lợi"): written lower case, so "Nhật Bản" is not "bản" (village).
 */
const PLACE_BEFORE = new RegExp(`(?:^|[^${LETTERS}])(?:${[...NAMED_AFTER_PEOPLE, 'thành phố', 'Thành phố', 'TP\\.?', 'tp\\.?'].join('|')})\\s+$`);
/** The words after an honorific (one space apart). */
const WORDS_AFTER = new RegExp(`\\s+([${LETTERS}]+)(?: ([${LETTERS}]+))?(?: ([${LETTERS}]+))?`, 'y');

/** One or two capitalised words after an honorific, not followed by a third: "ông Dũng", "bà Phương Thảo". */
function shortReference(text: string, at: number): { start: number; end: number } | null {
  WORDS_AFTER.lastIndex = at;
  const m = WORDS_AFTER.exec(text);
  if (!m || !isUpperChar(m[1]![0])) return null;
  const two = m[2] !== undefined && isUpperChar(m[2][0]);
  if (two && m[3] !== undefined && isUpperChar(m[3][0])) return null;
  const start = at + m[0].indexOf(m[1]!);
  const end = two ? at + m[0].indexOf(m[2]!, start - at + m[1]!.length) + m[2]!.length : start + m[1]!.length;
  return { start, end };
}
/** Two to four capitalised words after an honorific: "ông Andrei Victorovich Kozlov". */
const NAME_AFTER = new RegExp(`[ ]+((?:[A-ZÀ-ÝĐ\u1EA0-\u1EF8][${LETTERS}'’-]*[ ]?){2,4})`, 'y');
function nameAfter(text: string, at: number): { start: number; end: number } | null {
  NAME_AFTER.lastIndex = at;
  const m = NAME_AFTER.exec(text);
  if (!m) return null;
  const start = at + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.trimEnd().length };
}

export function createMatcher(lexicon: MatcherLexicon = EMPTY_LEXICON, options: MatcherOptions = {}): Matcher {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const officialsOptions = { known: new Set(lexicon.officials.map((o) => foldKey(o.name))), extraHeads: lexicon.titleHeads };

  // One vocabulary, one pass: the grammar's anchors, the topic terms and the known officials' names.
  const entries = new Map<string, VocabularyEntry>();
  const entry = (phrase: string) => {
    const key = foldKey(phrase);
    let e = entries.get(key);
    if (!e) entries.set(key, (e = {}));
    return e;
  };
  for (const head of [...HEADS, ...DEPUTY_HEADS, ...RANKS, ...DEPUTY_HEADS.map((h) => `Phó ${h}`), ...lexicon.titleHeads]) entry(head).anchor = 'head';
  for (const h of HONORIFIC_KEYS) entry(h).anchor = 'honorific';
  for (const k of Object.keys(KIND_WORDS)) entry(k).anchor = 'kind';
  for (const t of [...TOPIC_TERMS, ...lexicon.topicTerms]) entry(t.term).topic = { weight: t.weight, label: t.term };
  for (const name of officialsOptions.known) entry(name).knownName = true;
  const vocabulary = compilePhrases(entries.keys());
  const topicDirectives = new Set([...TOPIC_DIRECTIVES, ...lexicon.topicDirectives].map(directiveIdKey));
  const offTopic = new Set(OFF_TOPIC_DIRECTIVES.map(directiveIdKey));
  const known = new Map(lexicon.directives.map((d) => [directiveIdKey(d.id), d]));

  function* analyzeSteps(text: string): Generator<void, Analysis, void> {
    // Total: a detector that fails loses only its own findings, and says so.
    const degraded: Detector[] = [];
    const attempt = <T>(detector: Detector, run: () => T, fallback: T): T => {
      try {
        return run();
      } catch {
        degraded.push(detector);
        return fallback;
      }
    };
    const n = attempt('reading', () => normalize(String(text)), null);
    yield;
    const anchors: Record<AnchorKind, PhraseHit[]> = { head: [], honorific: [], kind: [] };
    const knownNames: PhraseHit[] = [];
    const terms = new Map<string, TermCount>();
    // The longest phrase wins at each place; no anchor phrase lies inside a topic term.
    const scanned = attempt(
      'reading',
      () =>
        scanPhrases(vocabulary, n!.lower, (start, end, key) => {
          const e = entries.get(key)!;
          if (e.anchor) anchors[e.anchor].push({ start, end, key });
          if (e.knownName) knownNames.push({ start, end, key });
          if (!e.topic) return;
          const committee = e.topic.weight > STEERING_COMMITTEE.weight && STEERING_BEFORE.test(n!.lower.slice(Math.max(0, start - 24), start));
          const topic = committee ? STEERING_COMMITTEE : e.topic;
          const t = terms.get(topic.label);
          if (t) {
            t.count++;
            t.lead ||= start < LEAD_CHARS;
          } else terms.set(topic.label, { label: topic.label, weight: topic.weight, count: 1, lead: start < LEAD_CHARS });
        }) ?? true,
      false,
    );
    // Without the matching text or its anchors, no detector can run.
    if (!n || !scanned) return { foreignInfo: emptyVerdict(), officials: [], directives: [], degraded: ['officials', 'directives', 'foreignInfo'] };
    yield;

    const officials = attempt(
      'officials',
      () => buildOfficials(n, findOfficialsInText(n, anchors.head.map((h) => h.start), officialsOptions), anchors.honorific, { keys: officialsOptions.known, hits: knownNames }),
      [],
    );
    yield;
    const directives = attempt('directives', () => buildDirectives(n, findDirectives(n, anchors.kind), known), []);
    yield;
    const foreignInfo = attempt(
      'foreignInfo',
      () =>
        scoreTopic({
          terms: terms.values(),
          directives: directives.map((d) => ({
            id: d.id,
            weight: topicDirectives.has(directiveIdKey(d.id)) ? 5 : offTopic.has(directiveIdKey(d.id)) ? -3 : 0,
          })),
          officials: officials.map((o) => ({
            name: o.name,
            weight: o.titles.some((t) => foldKey(t).includes('thông tin đối ngoại')) ? 2 : 0,
          })),
          textLength: n.text.length,
          threshold,
        }),
      emptyVerdict(),
    );
    const analysis: Analysis = { foreignInfo, officials, directives };
    if (degraded.length) analysis.degraded = degraded.filter((d): d is Exclude<Detector, 'reading'> => d !== 'reading');
    return analysis;
  }
  // Unbound methods: callers pass matcher.analyze around as a plain function.
  return { lexicon, analyze: (text) => drain(analyzeSteps(text)), analyzeSteps };
}

type Detector = 'reading' | NonNullable<Analysis['degraded']>[number];
const emptyVerdict = () => ({ isForeignInfo: false, score: 0, evidence: [] });

/**
 * Mentions that do not overlap, the longest first where two start together: two
 * passes can each find a name inside the other's ("Hải Bình" in "Lê Hải Bình").
 */
function longestFirst(hits: PhraseHit[]): PhraseHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  return hits.filter((h) => h.start >= end && ((end = h.end), true));
}

/** A name as its titled mentions write it, in title case ("Đinh Thị Thu Quyên", "Ken-ichi Maruyama") and in capitals. */
function writtenForms(n: Normalized, hit: OfficialHit): string[] {
  const titleCase = hit.key.replace(/(^|\s)(\S)/g, (_, space: string, first: string) => space + first.toUpperCase());
  return [...hit.names.map((m) => n.text.slice(m.start, m.end)), titleCase, hit.key.toUpperCase()];
}

/**
 * @param known the lexicon's officials (folded names) and the vocabulary pass's hits of them
 */
function buildOfficials(n: Normalized, hits: OfficialHit[], honorifics: readonly PhraseHit[], known: { keys: ReadonlySet<string>; hits: readonly PhraseHit[] }): Official[] {
  if (hits.length === 0) return [];
  const slice = (start: number, end: number) => {
    const r = originalRange(n, start, end);
    return trimPhrase(n.original.slice(r.start, r.end));
  };
  const officials = hits.map((hit) => {
    const titles: string[] = [];
    const seen = new Set<string>();
    for (const t of hit.titles) {
      // The same title recurs with every mention: compare the folded text first, slice once.
      const key = n.lower.slice(t.start, t.end);
      if (seen.has(key)) continue;
      seen.add(key);
      const title = slice(t.start, t.end);
      if (title) titles.push(title);
    }
    return { key: hit.key, official: { name: slice(hit.names[0]!.start, hit.names[0]!.end), titles, mentions: [] as Mention[] } };
  });

  // Every full-name mention, in any spelling, unless it names a place ("thành phố Hồ Chí Minh");
  // the occurrences titles attached to count whatever the phrase pass makes of them.
  const byKey = new Map(officials.map((o) => [o.key, o.official]));
  hits.forEach((hit, i) => officials[i]!.official.mentions.push(...hit.names.map((m) => originalRange(n, m.start, m.end))));
  // Known names came with the vocabulary pass; only the names this text taught need a pass of their own.
  // They are searched as written, in the matching text: a case-sensitive search skips
  // ahead to the capitals they open with and costs a fraction of one over the lower-cased text.
  // Each written form leads back to its official's key: a form can be spelt apart
  // from the key the tokens gave ("Marc E. Knapper" and "marc e.knapper").
  const formKey = new Map<string, string>();
  for (const hit of hits) if (!known.keys.has(hit.key)) for (const form of writtenForms(n, hit)) formKey.set(form, hit.key);
  const learntHits: PhraseHit[] = [];
  scanNames(compileNames(formKey.keys()), n.text, (start, end, form) => {
    const key = formKey.get(form);
    if (key) learntHits.push({ start, end, key });
  });
  for (const hit of longestFirst([...known.hits.filter((h) => byKey.has(h.key)), ...learntHits])) {
    if (PLACE_BEFORE.test(n.text.slice(Math.max(0, hit.start - 20), hit.start))) continue;
    byKey.get(hit.key)?.mentions.push(originalRange(n, hit.start, hit.end));
  }

  // "ông Dũng", "bà Thảo": an honorific and the last syllables of exactly one official's name.
  const bySuffix = new Map<string, Official[]>();
  // Another spelling of a foreign official's name after an honorific ("ông … Victorovich …").
  const foreign = officials
    .filter((_, i) => hits[i]!.foreign)
    .slice(0, FOREIGN_COMPARED)
    .map((o) => ({ ...o, words: o.key.split(' ') }));
  for (const { key, official } of officials) {
    const words = key.split(' ');
    for (const n of [1, 2]) {
      if (words.length <= n) continue;
      const suffix = words.slice(-n).join(' ');
      bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), official]);
    }
  }
  for (const h of honorifics) {
    const full = foreign.length ? nameAfter(n.text, h.end) : null;
    const written = full && n.lower.slice(full.start, full.end);
    const words = written?.split(' ');
    const variant = written && foreign.find((o) => oneForeignName(o.key, written, o.words, words));
    if (variant) variant.official.mentions.push(originalRange(n, full!.start, full!.end));
    const run = shortReference(n.text, h.end);
    if (!run) continue;
    const matches = bySuffix.get(n.lower.slice(run.start, run.end));
    if (matches?.length === 1) matches[0]!.mentions.push(originalRange(n, run.start, run.end));
  }
  return officials.map(({ official }) => {
    official.mentions.sort((a, b) => a.start - b.start);
    official.mentions = official.mentions.filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start);
    return official;
  });
}

function issuerFromId(id: string): string | null {
  const codes = id.split(/[/-]/);
  const code = codes[codes.length - 1]!;
  return ISSUER_CODES[code] ?? ISSUER_CODES[code.replace(/\d+$/, '')] ?? null;
}

function buildDirectives(n: Normalized, hits: DirectiveHit[], known: ReadonlyMap<string, DirectiveParticulars>): Directive[] {
  const byId = new Map<string, Directive>();
  for (const hit of hits) {
    const key = directiveIdKey(hit.id);
    let d = byId.get(key);
    if (!d) {
      d = { id: hit.id, kind: null, issuer: null, date: null, subject: null, mentions: [] };
      byId.set(key, d);
    }
    d.kind ??= hit.kind;
    d.issuer ??= hit.issuer ? trimPhrase(hit.issuer) : null;
    d.date ??= hit.date;
    d.subject ??= hit.subject ? subjectText(n.text, hit.subject) : null;
    d.mentions.push(originalRange(n, hit.start, hit.end));
  }
  // This article's particulars first; the lexicon fills only what it left out, and says so.
  for (const [key, d] of byId) {
    const lex = known.get(key);
    if (lex) {
      for (const field of ['kind', 'issuer', 'date', 'subject'] as const) {
        if (d[field] !== null || lex[field] === null) continue;
        d[field] = lex[field];
        (d.from ??= {})[field] = 'reference';
      }
    }
    if (d.issuer === null && !/\/TW$/i.test(d.id)) d.issuer = issuerFromId(d.id);
  }
  return [...byId.values()];
}
