/**
 * Counts over time for the charts: articles per month (a directive's page),
 * clippings per week (the library). Every month or week from the first to
 * the last is there, those with nothing as zero, so a gap in the bars is a
 * gap in the news and not in the axis. Pure.
 */

/** One bar: its key (YYYY-MM, or the Monday YYYY-MM-DD of a week) and its count. */
export interface Bucket {
  key: string;
  count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days (YYYY-MM-DD…) → every month from the first to the last, oldest first. */
export function perMonth(days: readonly string[]): Bucket[] {
  const counts = new Map<string, number>();
  for (const day of days) {
    const month = /^\d{4}-\d{2}/.exec(day)?.[0];
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  const out: Bucket[] = [];
  let [year, month] = keys[0]!.split('-').map(Number) as [number, number];
  for (let key = keys[0]!; key <= keys.at(-1)!; key = `${year}-${pad(month)}`) {
    out.push({ key, count: counts.get(key) ?? 0 });
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

const DAY = 86_400_000;
/** The Monday (UTC) of the week holding this moment, as YYYY-MM-DD. */
export const weekOf = (time: number): string => {
  const day = Math.floor(time / DAY);
  // 1 Jan 1970 was a Thursday: day 0 is 3 days after a Monday.
  return new Date((day - ((day + 3) % 7)) * DAY).toISOString().slice(0, 10);
};

/** Moments (ms) → every week (Monday to Sunday, UTC) from the first to the last, oldest first; at most the last `limit` weeks. */
export function perWeek(times: readonly number[], limit = Infinity): Bucket[] {
  const counts = new Map<string, number>();
  for (const time of times) {
    if (!Number.isFinite(time)) continue;
    const week = weekOf(time);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  const last = Date.parse(keys.at(-1)!);
  const first = Math.max(Date.parse(keys[0]!), last - (limit - 1) * 7 * DAY);
  const out: Bucket[] = [];
  for (let at = first; at <= last; at += 7 * DAY) {
    const key = new Date(at).toISOString().slice(0, 10);
    out.push({ key, count: counts.get(key) ?? 0 });
  }
  return out;
}
