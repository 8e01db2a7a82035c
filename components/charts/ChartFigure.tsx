/**
 * The frame every chart shares: a caption, the drawing (an SVG image named by
 * the caption) and, behind it, the same numbers as a table in a <details>,
 * for screen readers and for copying.
 */
import type { ComponentChildren } from 'preact';
import type { ChartText } from './strings';

export interface TableData {
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export function ChartFigure({ id, caption, table, t, children }: { id: string; caption: string; table: TableData; t: ChartText; children: ComponentChildren }) {
  return (
    <figure class="chart" data-chart={id} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {children}
      <details class="chart-table">
        <summary>{t('table')}</summary>
        <table>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
