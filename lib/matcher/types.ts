/**
 * The matcher's output: the contract shared by the CLI, the content script, the
 * clippings store and the export file (see DESIGN.md, "Contracts").
 * Offsets are UTF-16 offsets into the text the matcher was given.
 */

export interface Mention {
  start: number;
  end: number;
}

export interface Official {
  /** Full name as first written in the text (NFC). */
  name: string;
  /** Title phrases the text attaches to this person, in order of appearance. */
  titles: string[];
  /** Every mention: full name, other spellings and later short references ("ông Dũng"). */
  mentions: Mention[];
}

export interface Directive {
  /** Canonical id: "57-KL/TW", "47/NQ-CP", "72/2015/NĐ-CP"; or "Quy định 37" when no symbol can be resolved. */
  id: string;
  /** Document type in words: "Kết luận", "Nghị quyết"… or null when only the symbol is written. */
  kind: string | null;
  /** Issuing body as the text (or the lexicon) names it, without the term ("khóa XI"). */
  issuer: string | null;
  /** Date of issue, YYYY-MM-DD, when the text or the lexicon gives it. */
  date: string | null;
  /** What the document is about, when the text or the lexicon gives it. */
  subject: string | null;
  mentions: Mention[];
}

export type EvidenceKind = 'term' | 'directive' | 'official';

export interface Evidence {
  kind: EvidenceKind;
  /** What was found: the term, the directive id or the official's name. */
  label: string;
  /** Its contribution to the raw score (already multiplied by count and position). */
  weight: number;
  count: number;
}

export interface ForeignInfoVerdict {
  isForeignInfo: boolean;
  /** Confidence in [0, 1]; isForeignInfo is score >= the calibrated threshold. */
  score: number;
  /** Strongest evidence first. */
  evidence: Evidence[];
}

export interface Analysis {
  foreignInfo: ForeignInfoVerdict;
  officials: Official[];
  directives: Directive[];
}
