/**
 * One CSV cell that opens safely in any spreadsheet, whatever separator it
 * splits on. Every field is quoted (RFC 4180: quotes doubled), so a program
 * reading `,` keeps a title, note or URL whole. But a spreadsheet in a locale
 * whose list separator is `;` (decimal comma), or one reading tabs, may split a
 * quoted comma file inside a field, and a cell then starts wherever such a
 * separator or a line break stood. So the neutralisation (OWASP's advice for CSV
 * injection: an apostrophe before = + - @, a tab or a carriage return) applies
 * to the start of the value and to every place inside it where a cell could
 * start: after a `,`, `;`, tab or line break, past any spaces and quotes.
 * Numbers we write ourselves stay numbers.
 */

const FORMULA = '[=+\\-@\\t\\r]';
/** The start of the value, or a separator or line break with the spaces and quotes after it, followed by a formula character. */
const CELL_START = new RegExp(`(^|[,;\\t\\r\\n][ "]*)(?=${FORMULA})`, 'gu');

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number') return Number.isFinite(value) ? `"${value}"` : '""';
  const safe = value.replace(CELL_START, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}
