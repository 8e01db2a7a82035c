/**
 * One annotation pass over an article: read its text, run the matcher, turn
 * the mentions into Ranges, paint them. Running it again on an unchanged page
 * changes nothing (idempotent); the content script runs it in idle slices.
 */
import type { Analysis } from '../matcher/types';
import type { Category } from '../settings/settings';
import { analyzeInChunks, type Analyzer } from './chunked-analysis';
import { findingsOf } from './findings';
import type { Colors, Finding, Painter } from './paint';
import { FRESH_SLICE, type Steps } from './schedule';
import type { StyleScope } from './styles';
import { indexText, type IndexOptions, type TextIndex } from './text-index';

export interface Annotation {
  index: TextIndex;
  analysis: Analysis;
  findings: Finding[];
}

export interface PaintStyle {
  colors: Colors;
  categories: Record<Category, boolean>;
}

export interface AnnotateOptions extends IndexOptions {
  painter: Painter;
  analyze: Analyzer;
  style: PaintStyle;
  /** The last pass: reused as is when the text has not changed. */
  previous?: Annotation | null;
  /** Called right after the page's DOM was changed by us (<mark> painting), so watchers can forget those changes. */
  touched?(): void;
}

export function paintFindings(painter: Painter, findings: readonly Finding[], style: PaintStyle, scopes: readonly StyleScope[]): Steps<void> {
  return painter.paint(
    findings.filter((f) => style.categories[f.category]),
    style.colors,
    scopes,
  );
}

export function* annotate(roots: readonly Node[], options: AnnotateOptions): Steps<Annotation> {
  const { painter, previous } = options;
  // <mark> painting splits text nodes: take the marks out before reading the text again.
  if (painter.mode === 'mark') {
    painter.clear();
    options.touched?.();
  }
  const index = yield* indexText(roots, options);
  if (previous && painter.mode === 'highlight' && index.text === previous.index.text) return previous;
  const analysis = yield* analyzeInChunks(index.text, options.analyze);
  yield FRESH_SLICE;
  const findings = yield* findingsOf(analysis, index);
  yield* paintFindings(painter, findings, options.style, index.scopes);
  options.touched?.();
  return { index, analysis, findings };
}
