/**
 * The chain of documents that carry a directive out, as a tree: from the
 * documents it carries out (57-KL/TW) down through it (47/NQ-CP) to those
 * that carry it out (provincial plans), from the "carries out" statements
 * of the articles citing it (lib/clipping/relations.ts). Documents are one
 * by the id rule (directiveIdKey); a cycle in what the articles say is cut
 * where it closes, each document standing once. Pure.
 */
import type { RelationFact } from '../clipping/research-row';
import { directiveIdKey } from '../text/keys';

export interface ChainNode {
  /** As first written. */
  id: string;
  /** How many articles say it carries out its parent (0 for a root). */
  articles: number;
  /** Whether this is the page's own document. */
  current: boolean;
  children: ChainNode[];
}

interface Edge {
  child: string;
  parent: string;
  articles: Set<string>;
}

/** Relations of each article (by its id) → the tree(s) holding `id`: roots are the documents above it that carry out nothing the articles name. */
export function chainTree(articles: readonly { id: string; relations: readonly RelationFact[] }[], id: string): ChainNode[] {
  const label = new Map<string, string>();
  const edges = new Map<string, Edge>();
  const name = (doc: string) => {
    const key = directiveIdKey(doc);
    if (!label.has(key)) label.set(key, doc);
    return key;
  };
  const current = name(id);
  for (const article of articles) {
    for (const r of article.relations) {
      const [child, parent] = [name(r.from), name(r.to)];
      if (child === parent) continue;
      const key = `${child}\u0000${parent}`;
      const edge = edges.get(key) ?? edges.set(key, { child, parent, articles: new Set() }).get(key)!;
      edge.articles.add(article.id);
    }
  }
  const parentsOf = group([...edges.values()], (e) => e.child);
  const childrenOf = group([...edges.values()], (e) => e.parent);

  // Upwards from the page's document to the roots.
  const roots: string[] = [];
  const above = new Set([current]);
  for (const queue = [current]; queue.length; ) {
    const doc = queue.shift()!;
    const ups = (parentsOf.get(doc) ?? []).filter((e) => !above.has(e.parent));
    if (ups.length === 0 && !(parentsOf.get(doc) ?? []).length) roots.push(doc);
    for (const e of ups) {
      above.add(e.parent);
      queue.push(e.parent);
    }
  }
  if (roots.length === 0) roots.push(current);

  const placed = new Set<string>();
  const grow = (doc: string, articlesOf: number): ChainNode => {
    placed.add(doc);
    const below = (childrenOf.get(doc) ?? []).filter((e) => !placed.has(e.child)).sort((a, b) => b.articles.size - a.articles.size || a.child.localeCompare(b.child));
    below.forEach((e) => placed.add(e.child));
    return { id: label.get(doc)!, articles: articlesOf, current: doc === current, children: below.map((e) => grow(e.child, e.articles.size)) };
  };
  const trees: ChainNode[] = [];
  for (const root of roots) if (!placed.has(root)) trees.push(grow(root, 0));
  // Nothing carries it out and it carries nothing out: no chain to draw.
  return trees.length === 1 && trees[0]!.children.length === 0 ? [] : trees;
}

function group<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(by(item), [...(out.get(by(item)) ?? []), item]);
  return out;
}
