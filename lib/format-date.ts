/**
 * Dates as each language writes them: 29/6/2020 in Vietnamese, 29 Jun 2020 in
 * English. One formatter for every surface (panel, hover card, library,
 * onboarding), so a date never reads differently from one to the next.
 */
import type { Lang } from './i18n';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The day of an ISO date or date-time (YYYY-MM-DD…), in the reader's language;
 * anything else (a bare year, a partial date) is returned as written.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return lang === 'vi' ? `${day}/${month}/${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
