/**
 * Counts over time as columns (articles per month, clippings per week): one
 * column per period, empty periods as empty places, the first and last
 * periods named under the axis and the highest count over it. SVG, drawn by
 * hand: a few rectangles need no charting library (README, "Pictures").
 */
import { ChartFigure } from './ChartFigure';
import type { ChartText } from './strings';

export interface Bar {
  label: string;
  count: number;
}

const W = 640;
const H = 150;
const TOP = 16;
const BOTTOM = 20;

export function ColumnChart({ id, caption, head, bars, t }: { id: string; caption: string; head: [string, string]; bars: readonly Bar[]; t: ChartText }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const step = W / Math.max(1, bars.length);
  const gap = step > 6 ? Math.min(4, step * 0.2) : 0;
  const plot = H - TOP - BOTTOM;
  return (
    <ChartFigure id={id} caption={caption} table={{ head, rows: bars.map((b) => [b.label, b.count]) }} t={t}>
      <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-caption`}>
        <line class="axis" x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} />
        <text class="tick-label" x={0} y={TOP - 4}>
          {max}
        </text>
        {bars.map((b, i) => {
          const height = (b.count / max) * plot;
          return (
            <rect key={b.label} class="bar" data-label={b.label} data-count={b.count} x={i * step + gap / 2} y={H - BOTTOM - height} width={step - gap} height={height}>
              <title>{`${b.label}: ${b.count}`}</title>
            </rect>
          );
        })}
        {bars.length > 0 && (
          <>
            <text class="tick-label" x={0} y={H - 4}>
              {bars[0]!.label}
            </text>
            {bars.length > 1 && (
              <text class="tick-label" x={W} y={H - 4} text-anchor="end">
                {bars.at(-1)!.label}
              </text>
            )}
          </>
        )}
      </svg>
    </ChartFigure>
  );
}
