/**
 * Is the text about foreign-information work? A transparent score: each
 * vocabulary term, directive and official found adds its weight (terms in the
 * headline and lead count double, repeats count less), the sum is scaled by the
 * text's length so a passing mention in a long article weighs little, and the
 * result is squashed into [0, 1]. The evidence list says what pushed it where.
 */
import { COMMUNICATION_TERMS, CONTEXT_TERMS } from './language/topic-terms';
import { foldKey } from '../text/keys';
import { lazy } from './lazy';
import type { Evidence, ForeignInfoVerdict } from './types';

const CONTEXT = lazy(() => new Set(CONTEXT_TERMS.map(foldKey)));
const COMMUNICATION = lazy(() => new Set(COMMUNICATION_TERMS.map(foldKey)));

/** A vocabulary term found in the text. */
export interface TermCount {
  label: string;
  weight: number;
  count: number;
  /** At least one occurrence lies in the headline or lead. */
  lead: boolean;
}

export interface TopicInputs {
  terms: Iterable<TermCount>;
  directives: { id: string; weight: number }[];
  officials: { name: string; weight: number }[];
  textLength: number;
  /** Score at and above which the text is about foreign-information work. */
  threshold: number;
}

/** The headline and lead: terms here count double. */
export const LEAD_CHARS = 300;
/** A text of this length is scored as it is; longer texts are scaled down by the square root of the ratio. */
const REFERENCE_LENGTH = 1500;
/** Scale of the squashing: a density this high scores 1 - 1/e ≈ 0.63; one near-decisive term outside the lead stays below one half. */
const SCALE = 10;
/** Weak terms (diplomacy at large) are context: together they add at most this much. */
const WEAK_TERM = 1;
const WEAK_CAP = 3;

/** Repeats add less: 1, 1.5, 2, … capped at 3 times the weight. */
const repeated = (weight: number, count: number) => weight * Math.min(3, 1 + 0.5 * (count - 1));

export function scoreTopic(input: TopicInputs): ForeignInfoVerdict {
  const evidence: Evidence[] = [];
  let strong = 0;
  let weak = 0;
  const terms = [...input.terms];
  const isContext = (t: TermCount) => CONTEXT().has(foldKey(t.label));
  // Context terms keep their weight beside another strong term, a word of communication work or a directive on the subject.
  const contextHolds =
    terms.some((t) => (t.weight >= WEAK_TERM && !isContext(t)) || COMMUNICATION().has(foldKey(t.label))) || input.directives.some((d) => d.weight > 0);
  for (const t of terms) {
    const weight = round(repeated(t.weight, t.count) * (t.lead ? 2 : 1));
    evidence.push({ kind: 'term', label: t.label, weight, count: t.count });
    if ((t.weight > 0 && t.weight < WEAK_TERM) || (isContext(t) && !contextHolds)) weak += weight;
    else strong += weight;
  }
  for (const d of input.directives) {
    if (d.weight === 0) continue;
    evidence.push({ kind: 'directive', label: d.id, weight: d.weight, count: 1 });
    strong += d.weight;
  }
  for (const o of input.officials) {
    if (o.weight === 0) continue;
    evidence.push({ kind: 'official', label: o.name, weight: o.weight, count: 1 });
    strong += o.weight;
  }
  // Ties in code-point order: a first localeCompare builds ICU's collator, about 10 ms in one task of the page.
  evidence.sort((a, b) => b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  const raw = strong + Math.min(WEAK_CAP, weak);
  const density = raw / Math.sqrt(Math.max(1, input.textLength / REFERENCE_LENGTH));
  const score = round(1 - Math.exp(-Math.max(0, density) / SCALE), 3);
  const verdict: ForeignInfoVerdict = { isForeignInfo: score >= input.threshold, score, evidence };
  if (weak > WEAK_CAP) verdict.weakCapped = true;
  return verdict;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
