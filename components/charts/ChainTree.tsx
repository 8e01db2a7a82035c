/**
 * The chain of documents that carry a directive out, drawn as a tree: one
 * document a row, indented under the one it carries out, joined by elbow
 * lines, the page's own document in bold, each a link to its page, with how
 * many articles say so. SVG, drawn by hand.
 */
import type { ChainNode } from '@/lib/research/chain';
import { ChartFigure } from './ChartFigure';
import type { ChartText } from './strings';

const W = 640;
const ROW = 24;
const INDENT = 28;

interface Placed {
  node: ChainNode;
  parent: Placed | null;
  depth: number;
  row: number;
}

function place(trees: readonly ChainNode[]): Placed[] {
  const out: Placed[] = [];
  const visit = (node: ChainNode, parent: Placed | null, depth: number) => {
    const here = { node, parent, depth, row: out.length };
    out.push(here);
    node.children.forEach((child) => visit(child, here, depth + 1));
  };
  trees.forEach((tree) => visit(tree, null, 0));
  return out;
}

export function ChainTree({ id, caption, trees, href, t }: { id: string; caption: string; trees: readonly ChainNode[]; href(id: string): string; t: ChartText }) {
  const placed = place(trees);
  const x = (p: Placed) => 8 + p.depth * INDENT;
  const y = (p: Placed) => p.row * ROW + ROW / 2;
  return (
    <ChartFigure
      id={id}
      caption={caption}
      table={{ head: [t('document'), t('carriesOut'), t('articles')], rows: placed.map((p) => [p.node.id, p.parent?.node.id ?? '—', p.parent ? p.node.articles : '—']) }}
      t={t}
    >
      <svg class="chart-svg chain" viewBox={`0 0 ${W} ${placed.length * ROW}`} role="img" aria-labelledby={`${id}-caption`}>
        {placed.map((p) =>
          p.parent ? <path key={`line-${p.row}`} class="axis" d={`M${x(p.parent)} ${y(p.parent)} V${y(p)} H${x(p) - 5}`} fill="none" /> : null,
        )}
        {placed.map((p) => (
          <g key={p.row} class={p.node.current ? 'node current' : 'node'} data-document={p.node.id}>
            <circle cx={x(p)} cy={y(p)} r={4} />
            <a href={href(p.node.id)}>
              <text class="bar-label" x={x(p) + 10} y={y(p) + 4}>
                {p.node.id}
              </text>
            </a>
            {p.parent && (
              <text class="tick-label" x={W} y={y(p) + 4} text-anchor="end">
                {`${p.node.articles} ${t('unit')}`}
              </text>
            )}
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}
