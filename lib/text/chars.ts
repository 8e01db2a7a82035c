/**
 * Character classes for the matcher's patterns. Latin letters with every
 * Vietnamese one, written as ranges: a page's first analysis compiles these
 * patterns, and \p{L} classes cost milliseconds each to compile where ranges
 * cost microseconds.
 */
export const LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
export const LETTERS_DIGITS = `${LETTERS}0-9`;

/** Upper case, for one character at a time. */
export const isUpperChar = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase();
