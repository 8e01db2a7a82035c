/**
 * Runs the matcher over a long article in pieces, so no single call becomes a
 * long task (about 1 ms per 1000 characters), and merges the pieces back into
 * one Analysis with offsets into the whole text. Pieces end at line breaks, so
 * no mention is cut. Short articles (most of them) are one piece: one call. A
 * matcher that comes as steps has each pass of each piece run in its own slice.
 */
import type { Analysis, Evidence, Mention } from '../matcher/types';
import { FRESH_SLICE, type Steps } from './schedule';

/** Characters per matcher call: about 10-25 ms of matching in Chromium. */
export const CHUNK_CHARS = 12_000;

/** [start, end) pieces of at most `size` characters, ending after a line break (else a space) where there is one. */
export function chunkBounds(text: string, size = CHUNK_CHARS): [number, number][] {
  const bounds: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const line = text.lastIndexOf('\n', end - 1);
      const space = text.lastIndexOf(' ', end - 1);
      if (line >= start) end = line + 1;
      else if (space >= start) end = space + 1;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

const shift = (mentions: Mention[], offset: number) => mentions.map((m) => ({ start: m.start + offset, end: m.end + offset }));

/**
 * One Analysis from the analyses of consecutive pieces. Officials and directives
 * are joined by name and id; the topic verdict is the strongest piece's, with
 * the evidence of all pieces added up.
 */
export function mergeAnalyses(parts: { offset: number; analysis: Analysis }[]): Analysis {
  const officials = new Map<string, Analysis['officials'][number]>();
  const directives = new Map<string, Analysis['directives'][number]>();
  const evidence = new Map<string, Evidence>();
  let strongest = parts[0]?.analysis.foreignInfo ?? { isForeignInfo: false, score: 0, evidence: [] };
  for (const { offset, analysis } of parts) {
    for (const o of analysis.officials) {
      const known = officials.get(o.name);
      if (!known) officials.set(o.name, { ...o, titles: [...o.titles], mentions: shift(o.mentions, offset) });
      else {
        for (const title of o.titles) if (!known.titles.includes(title)) known.titles.push(title);
        known.mentions.push(...shift(o.mentions, offset));
      }
    }
    for (const d of analysis.directives) {
      const known = directives.get(d.id);
      if (!known) directives.set(d.id, { ...d, mentions: shift(d.mentions, offset) });
      else {
        known.kind ??= d.kind;
        known.issuer ??= d.issuer;
        known.date ??= d.date;
        known.subject ??= d.subject;
        known.mentions.push(...shift(d.mentions, offset));
      }
    }
    for (const e of analysis.foreignInfo.evidence) {
      const key = `${e.kind}\u0000${e.label}`;
      const known = evidence.get(key);
      evidence.set(key, known ? { ...known, weight: known.weight + e.weight, count: known.count + e.count } : { ...e });
    }
    if (analysis.foreignInfo.score > strongest.score) strongest = analysis.foreignInfo;
  }
  const merged: Analysis = {
    foreignInfo: { ...strongest, evidence: [...evidence.values()].sort((a, b) => b.weight - a.weight) },
    officials: [...officials.values()],
    directives: [...directives.values()],
  };
  // A detector that failed on any piece has lost findings there: the whole says so.
  const degraded = [...new Set(parts.flatMap((p) => p.analysis.degraded ?? []))];
  if (degraded.length) merged.degraded = degraded;
  return merged;
}

/** A matcher call: its result, or its steps (Matcher.analyzeSteps), each of which then runs in a slice of its own. */
export type Analyzer = (text: string) => Analysis | Generator<void, Analysis, void>;

function* callOf(analyze: Analyzer, text: string): Steps<Analysis> {
  const result = analyze(text);
  if (!('next' in result)) return result;
  for (;;) {
    const next = result.next();
    if (next.done) return next.value;
    yield FRESH_SLICE;
  }
}

export function* analyzeInChunks(text: string, analyze: Analyzer, size = CHUNK_CHARS): Steps<Analysis> {
  const bounds = chunkBounds(text, size);
  yield FRESH_SLICE;
  if (bounds.length <= 1) return yield* callOf(analyze, text);
  const parts: { offset: number; analysis: Analysis }[] = [];
  for (const [start, end] of bounds) {
    parts.push({ offset: start, analysis: yield* callOf(analyze, text.slice(start, end)) });
    yield FRESH_SLICE;
  }
  return mergeAnalyses(parts);
}
