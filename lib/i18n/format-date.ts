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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago a moment was, as a reader says it: "vừa xong" / "just now",
 * "2 phút trước" / "2 min ago", hours, days; past a week, the day itself
 * ("ngày 29/6/2020" / "on 29 Jun 2020"). A moment in the future (a clock set
 * differently elsewhere) reads as just now.
 */
export function formatAgo(then: number, now: number, lang: Lang): string {
  const elapsed = Math.max(0, now - then);
  const vi = lang === 'vi';
  if (elapsed < MINUTE) return vi ? 'vừa xong' : 'just now';
  if (elapsed < HOUR) {
    const n = Math.floor(elapsed / MINUTE);
    return vi ? `${n} phút trước` : `${n} min ago`;
  }
  if (elapsed < DAY) {
    const n = Math.floor(elapsed / HOUR);
    return vi ? `${n} giờ trước` : `${n} ${n === 1 ? 'hour' : 'hours'} ago`;
  }
  if (elapsed < 7 * DAY) {
    const n = Math.floor(elapsed / DAY);
    return vi ? `${n} ngày trước` : `${n} ${n === 1 ? 'day' : 'days'} ago`;
  }
  const d = new Date(then);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return vi ? `ngày ${formatDate(iso, lang)}` : `on ${formatDate(iso, lang)}`;
}
