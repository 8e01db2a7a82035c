/**
 * A phrase cut out of a page (a name, a title part, an issuer) as it is shown
 * and stored. The matcher and the lexicon build cut the same kinds of span, so
 * one rule trims them both.
 */

/** NFC, single spaces, no trailing space, comma, semicolon, colon, full stop or dash. */
export const trimPhrase = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.\-–]+$/u, '')
    .trim();
