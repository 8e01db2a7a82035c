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
  /**
   * Which particulars this article did not give and the lexicon (the seed
   * articles, "the reference list") filled in. Optional: absent when the article
   * gave them all, and not stored with clippings (the validator drops it).
   */
  from?: Partial<Record<DirectiveParticular, 'reference'>>;
}

export type DirectiveParticular = 'kind' | 'issuer' | 'date' | 'subject';

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
  /** Strongest evidence first; confusers (terms of other subjects) carry negative weights and come last. */
  evidence: Evidence[];
  /** Present when the weak terms (diplomacy at large) added more than their cap: only the cap counted. */
  weakCapped?: true;
}

export interface Analysis {
  foreignInfo: ForeignInfoVerdict;
  officials: Official[];
  directives: Directive[];
  /**
   * Present only when a detector failed on this text: its findings are missing
   * (empty, or a zero verdict) while the others stand. Absent on a full analysis.
   */
  degraded?: ('officials' | 'directives' | 'foreignInfo')[];
}

/**
 * What the matcher reads of a lexicon: known officials' names, directives'
 * particulars, title heads, re-weighted topic terms and topic directives. The
 * annotator ships only this projection (lib/lexicon/matcher-lexicon.ts).
 */
export interface MatcherLexicon {
  officials: Pick<LexiconOfficial, 'name'>[];
  directives: DirectiveParticulars[];
  titleHeads: string[];
  topicTerms: { term: string; weight: number }[];
  topicDirectives: string[];
}

/**
 * What the matcher knows beyond the language itself: the lexicon built from the
 * seed articles (lib/lexicon), possibly grown by the user. Every field may be
 * empty; the grammar and name model work without it.
 */
export interface Lexicon extends MatcherLexicon {
  version: 1;
  /** Seed files it was built from. */
  sources: string[];
  officials: LexiconOfficial[];
  directives: LexiconDirective[];
  /** Organisation names the seeds' titles name (Ban Tuyên giáo Trung ương, Bộ Ngoại giao…). */
  organisations: string[];
  /** Title heads the seeds use (Phó Chánh Văn phòng, Thượng tướng…), as written. */
  titleHeads: string[];
  /** The base topic terms the seeds confirm, re-weighted (the rest keep their base weight). */
  topicTerms: { term: string; weight: number; seedDocs: number }[];
  /** Directive ids that are evidence of foreign-information work. */
  topicDirectives: string[];
}

export interface LexiconOfficial {
  name: string;
  titles: string[];
  sources: string[];
}

/** A directive's particulars as the lexicon gives them. */
export interface DirectiveParticulars {
  id: string;
  kind: string | null;
  issuer: string | null;
  date: string | null;
  subject: string | null;
}

export interface LexiconDirective extends DirectiveParticulars {
  sources: string[];
}
