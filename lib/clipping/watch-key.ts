/**
 * The watch list's key for an official or a directive: the folded name (as the
 * cards' officialKeys and the research pages meet people) or the folded id (as
 * the directive facet compares ids), so a star holds whatever the spelling,
 * case, NFC/NFD or tone placement of the next article.
 */
import { fold } from '../text/fold';

export type WatchKind = 'official' | 'directive';

/** A row of the watch list (lib/store/watch.ts): a starred official or directive. */
export interface WatchRow {
  /** watchKey(kind, label). */
  key: string;
  kind: WatchKind;
  /** The name or id as the user starred it. */
  label: string;
  starredAt: number;
  /**
   * Set when the star was taken away (a tombstone): the row stays, so that an
   * older copy of the star (a teammate's, a file) cannot bring it back.
   */
  removedAt?: number;
}

export const watchKey = (kind: WatchKind, name: string): string => `${kind}:${fold(name)}`;

/** Every watch key a card or an analysis names. */
export function namedKeys(officials: readonly string[], directives: readonly string[]): string[] {
  return [...officials.map((name) => watchKey('official', name)), ...directives.map((id) => watchKey('directive', id))];
}
