/**
 * The string formats of a stored clipping, as regular expressions that both
 * the importer (validate-clipping.ts) and the JSON Schema (export.schema.json,
 * whose patterns are these sources, checked by test/unit/store/schema-agreement)
 * use: one definition, two readers. Regular expressions because a JSON Schema
 * can say nothing else; calendar rules are spelled out in them.
 *
 * Dates: real calendar days in the years 1900-2100, times 00:00-23:59:59,
 * offsets within ±14:00 (the widest in use).
 */

/** 1901-2099: years where any offset keeps the instant inside 1900-2100. */
const MID_YEAR = '(?:19(?:0[1-9]|[1-9]\\d)|20\\d\\d)';
const ANY_YEAR = '(?:19\\d\\d|20\\d\\d|2100)';
/** Month and day of every year; 29 February is the leap-day rule below. */
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
/** Leap years 1904-2096 (1900 and 2100 are not leap years; 2000 is). */
const LEAP_DAY = '(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29';
const DAY = `(?:${ANY_YEAR}-${MONTH_DAY}|${LEAP_DAY})`;
const HOUR_MINUTE = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const SECONDS = ':[0-5]\\d(?:\\.\\d+)?';
/** An offset's size, up to 14:00. */
const OFFSET_SIZE = '(?:(?:0\\d|1[0-3]):[0-5]\\d|14:00)';

/** A calendar day, YYYY-MM-DD (a directive's date of issue). */
export const DAY_PATTERN = `^${DAY}$`;

/**
 * A moment with seconds and a zone (clippedAt, updatedAt, exportedAt). The
 * instant must stay within 1900-2100 once written in UTC, as export writes it,
 * so that the file re-imports: in 1900 only Z or a negative offset, in 2100
 * only Z or a positive one.
 */
export const MOMENT_PATTERN =
  `^(?:(?:${MID_YEAR}-${MONTH_DAY}|${LEAP_DAY})T${HOUR_MINUTE}${SECONDS}(?:Z|[+-]${OFFSET_SIZE})` +
  `|1900-${MONTH_DAY}T${HOUR_MINUTE}${SECONDS}(?:Z|[+-]00:00|-${OFFSET_SIZE})` +
  `|2100-${MONTH_DAY}T${HOUR_MINUTE}${SECONDS}(?:Z|[+-]00:00|\\+${OFFSET_SIZE}))$`;

/** A published date as pages state it: a day, or a day and time, seconds and zone optional (colon in the zone optional). */
export const PUBLISHED_PATTERN = `^${DAY}(?:[T ]${HOUR_MINUTE}(?:${SECONDS})?(?:Z|[+-](?:(?:0\\d|1[0-3]):?[0-5]\\d|14:?00))?)?$`;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const LABEL = '[A-Za-z0-9_-]+';
/**
 * The last label of a name is not a number (all digits, or 0x and hex digits):
 * a browser would read the whole host as an IPv4 address and could refuse it.
 */
const LAST_LABEL = '(?![0-9]+(?![A-Za-z0-9_-]))(?!0[xX][0-9A-Fa-f]*(?![A-Za-z0-9_-]))[A-Za-z0-9_-]+';
const PORT = '(?::(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d\\d|6[0-4]\\d{3}|[1-5]\\d{4}|\\d{1,4}))?';

/**
 * An http(s) address as a browser writes it (URL.href): a host name or IPv4
 * address, an optional port, then printable ASCII only. Every string it
 * matches is a URL the browser parses, except an "xn--" label that is not
 * valid punycode: that one rule is checked by parsing (see validate-clipping.ts).
 */
export const HTTP_URL_PATTERN = `^[hH][tT][tT][pP][sS]?://(?:(?:${OCTET}\\.){3}${OCTET}|(?:${LABEL}\\.)*${LAST_LABEL})${PORT}(?:[/?#][!-~]*)?$`;

/** Not empty once spaces are trimmed. */
export const NOT_BLANK_PATTERN = '\\S';

/** The patterns compiled as the JSON Schema's (ECMAScript, unicode mode). */
export const compile = (pattern: string): RegExp => new RegExp(pattern, 'u');
