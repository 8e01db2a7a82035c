/**
 * An official's titles on one time axis: each title a bar from the first to
 * the last article giving it, those articles' days as ticks on it, the years
 * marked along the axis, so the succession of posts reads at a glance.
 * SVG, drawn by hand.
 */
import { formatDate } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import type { TitleTimeline } from '@/lib/research/title-timeline';
import { ChartFigure } from './ChartFigure';
import type { ChartText } from './strings';

const W = 640;
const LANE = 38;
const AXIS = 20;
const PAD = 8;

const dayNumber = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000;

export function TitleTimelineChart({ id, caption, timeline, lang, t }: { id: string; caption: string; timeline: TitleTimeline; lang: Lang; t: ChartText }) {
  const [from, to] = [dayNumber(timeline.from), dayNumber(timeline.to)];
  const x = (day: string) => (to === from ? W / 2 : PAD + ((dayNumber(day) - from) / (to - from)) * (W - 2 * PAD));
  const height = timeline.lanes.length * LANE + AXIS;
  const years: string[] = [];
  for (let year = Number(timeline.from.slice(0, 4)) + 1; year <= Number(timeline.to.slice(0, 4)); year++) years.push(`${year}-01-01`);
  const day = (d: string) => formatDate(d, lang);
  return (
    <ChartFigure
      id={id}
      caption={caption}
      table={{
        head: [t('title'), t('first'), t('last'), t('days')],
        rows: timeline.lanes.map((l) => [l.title, day(l.first), day(l.last), l.ticks.map((k) => `${day(k.day)} (${k.count})`).join(', ')]),
      }}
      t={t}
    >
      <svg class="chart-svg" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-caption`}>
        {years.map((year) => (
          <g key={year}>
            <line class="grid" x1={x(year)} x2={x(year)} y1={0} y2={height - AXIS} />
            <text class="tick-label" x={x(year)} y={height - 4} text-anchor="middle">
              {year.slice(0, 4)}
            </text>
          </g>
        ))}
        {timeline.lanes.map((lane, i) => {
          const top = i * LANE;
          const [start, end] = [x(lane.first), x(lane.last)];
          return (
            <g key={lane.title} class="lane" data-title={lane.title}>
              <text class="bar-label" x={PAD} y={top + 13}>
                {lane.title}
              </text>
              <rect class="bar span" x={Math.min(start, end - 3)} y={top + 19} width={Math.max(6, end - start)} height={10} rx={3}>
                <title>{`${lane.title}: ${day(lane.first)} – ${day(lane.last)}`}</title>
              </rect>
              {lane.ticks.map((k) => (
                <line key={k.day} class="tick" data-day={k.day} x1={x(k.day)} x2={x(k.day)} y1={top + 16} y2={top + 32}>
                  <title>{`${day(k.day)}: ${k.count}`}</title>
                </line>
              ))}
            </g>
          );
        })}
        <text class="tick-label" x={PAD} y={height - 4}>
          {day(timeline.from)}
        </text>
        {to !== from && (
          <text class="tick-label" x={W - PAD} y={height - 4} text-anchor="end">
            {day(timeline.to)}
          </text>
        )}
      </svg>
    </ChartFigure>
  );
}
