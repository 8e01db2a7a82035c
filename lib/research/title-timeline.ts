/**
 * What an official's picture shows: each title as a span on one time axis,
 * from the first to the last article giving it, with those articles as ticks
 * (one per day, with how many articles that day). Titles compare as the
 * title spans do (titleKey: abbreviations expanded, folded). Pure.
 */
import { titleKey } from '../matcher/title-compare';
import type { Appearance, TitleSpan } from './official';

export interface TitleLane extends TitleSpan {
  /** Days the title was given, oldest first, with how many articles gave it that day. */
  ticks: { day: string; count: number }[];
}

export interface TitleTimeline {
  /** The axis: the first and last day of any title. */
  from: string;
  to: string;
  lanes: TitleLane[];
}

/** Title spans (in their order) and the appearances → the timeline; null when no article gives a title. */
export function titleTimeline(spans: readonly TitleSpan[], appearances: readonly Appearance[]): TitleTimeline | null {
  if (spans.length === 0) return null;
  const days = new Map(spans.map((s) => [titleKey(s.title), new Map<string, number>()]));
  for (const { ref, titles } of appearances) {
    for (const key of new Set(titles.map((t) => t.trim()).filter(Boolean).map(titleKey))) {
      const lane = days.get(key);
      if (lane) lane.set(ref.day, (lane.get(ref.day) ?? 0) + 1);
    }
  }
  const lanes = spans.map((span) => ({
    ...span,
    ticks: [...days.get(titleKey(span.title))!].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count })),
  }));
  return { from: spans.reduce((m, s) => (s.first < m ? s.first : m), spans[0]!.first), to: spans.reduce((m, s) => (s.last > m ? s.last : m), spans[0]!.last), lanes };
}
