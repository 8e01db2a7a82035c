/**
 * What the officials grammar (officials.ts) reports for one person, before the
 * matcher turns it into an Official: apart, so the spelling merger
 * (same-person.ts) reads it without importing the grammar that calls it.
 */
/** Offsets below are into the matching text. */
export interface TitleHit {
  start: number;
  end: number;
  /** Where the head (with "Phó" and modifiers) ends and the organisation begins. */
  headEnd: number;
  /** The folded head, e.g. "phó trưởng ban". */
  head: string;
}

export interface NameHit {
  start: number;
  end: number;
}

export interface OfficialHit {
  key: string;
  /** The name is foreign (not a Vietnamese surname and syllables): spellings of it may vary. */
  foreign: boolean;
  /** Every full-name mention a title attaches to, first one first. */
  names: NameHit[];
  titles: TitleHit[];
}
