/**
 * A ranked list as horizontal bars (provinces, sites, the people and
 * documents of a filter): the name, a bar as long as its count against the
 * first, the count. Names that open a page are links. SVG, drawn by hand.
 */
import { ChartFigure } from './ChartFigure';
import type { Bar } from './ColumnChart';
import type { ChartText } from './strings';

export interface RankedBar extends Bar {
  href?: string;
}

const W = 640;
const ROW = 22;
const LABEL = 260;
const COUNT = 48;

export function RankedBars({ id, caption, head, bars, t }: { id: string; caption: string; head: [string, string]; bars: readonly RankedBar[]; t: ChartText }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const room = W - LABEL - COUNT;
  return (
    <ChartFigure id={id} caption={caption} table={{ head, rows: bars.map((b) => [b.label, b.count]) }} t={t}>
      <svg class="chart-svg" viewBox={`0 0 ${W} ${bars.length * ROW}`} role="img" aria-labelledby={`${id}-caption`}>
        {bars.map((b, i) => {
          const y = i * ROW;
          const name = (
            <text class="bar-label" x={LABEL - 8} y={y + ROW * 0.7} text-anchor="end">
              {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
            </text>
          );
          return (
            <g key={b.label}>
              {b.href ? <a href={b.href}>{name}</a> : name}
              <rect class="bar" data-label={b.label} data-count={b.count} x={LABEL} y={y + 4} width={Math.max(1, (b.count / max) * room)} height={ROW - 8}>
                <title>{`${b.label}: ${b.count}`}</title>
              </rect>
              <text class="tick-label" x={LABEL + (b.count / max) * room + 6} y={y + ROW * 0.7}>
                {b.count}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
