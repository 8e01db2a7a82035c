/** How the charts name a month or a week in the reader's language: "11/2024" / "Nov 2024"; a week by its Monday (lib/i18n/format-date.ts). */
import { formatDate } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';

const MONTH_EN = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** YYYY-MM → the month as the language writes it. */
export function monthLabel(month: string, lang: Lang): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return lang === 'vi' ? `${m}/${year}` : MONTH_EN.format(Date.UTC(year, m - 1, 1));
}

export const weekLabel = (monday: string, lang: Lang): string => formatDate(monday, lang);
