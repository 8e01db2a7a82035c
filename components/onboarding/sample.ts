/**
 * The onboarding page's live sample: a passage of one seed article (the seeds
 * are in the repository; Vite inlines the file at build time), and the pieces
 * that show it annotated: paragraphs cut into plain and highlighted runs.
 * Pure: the page runs the real matcher on the passage and renders these runs as text.
 */
import type { Lang } from '@/lib/i18n/i18n';
import type { Analysis, Mention } from '@/lib/matcher/types';
import seedArticle from '@/seeds/002_a1ec2f0136d19ab9.txt?raw';

/** The paragraphs shown, by how they begin: the headline, the lead, who attended, the directives. */
export const SAMPLE_OPENINGS = [
  'Tăng cường thông tin đối ngoại trên không gian mạng',
  'Trước việc các thế lực thù địch',
  'Tham dự và đồng chủ trì',
  'Trong bối cảnh đó',
] as const;

/** The passage: the chosen paragraphs of the seed, in order, separated by blank lines. */
export function samplePassage(article: string = seedArticle, openings: readonly string[] = SAMPLE_OPENINGS): string {
  const paragraphs = article
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return openings
    .map((opening) => {
      const found = paragraphs.find((p) => p.startsWith(opening));
      // A seed edited out from under the page should fail the tests, not show a hole.
      if (!found) throw new Error(`sample paragraph not found in the seed: ${opening}`);
      return found;
    })
    .join('\n\n');
}

export type RunKind = 'official' | 'directive';

/** A stretch of one paragraph: plain text, or a highlight naming what it marks. */
export interface Run {
  text: string;
  kind?: RunKind;
  /** The official's name or the directive's id. */
  label?: string;
}

interface Span extends Mention {
  kind: RunKind;
  label: string;
}

/** Every mention as a span, in text order; one that overlaps an earlier span is dropped. */
function spansOf(analysis: Pick<Analysis, 'officials' | 'directives'>): Span[] {
  const all: Span[] = [
    ...analysis.officials.flatMap((o) => o.mentions.map((m) => ({ ...m, kind: 'official' as const, label: o.name }))),
    ...analysis.directives.flatMap((d) => d.mentions.map((m) => ({ ...m, kind: 'directive' as const, label: d.id }))),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of all) if (span.end > span.start && (kept.at(-1)?.end ?? 0) <= span.start) kept.push(span);
  return kept;
}

/**
 * The passage as paragraphs (split at blank lines) of runs. Offsets are the
 * matcher's UTF-16 offsets into the whole passage; a highlight never crosses a
 * paragraph break (the matcher's mentions do not), and if one did it is cut there.
 */
export function paragraphRuns(text: string, analysis: Pick<Analysis, 'officials' | 'directives'>): Run[][] {
  const spans = spansOf(analysis);
  const paragraphs: Run[][] = [];
  const breaks = /\n\s*\n/g;
  let start = 0;
  const bounds: [number, number][] = [];
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  bounds.push([start, text.length]);
  for (const [from, to] of bounds) {
    const runs: Run[] = [];
    let at = from;
    for (const span of spans) {
      const s = Math.max(span.start, from);
      const e = Math.min(span.end, to);
      if (e <= s) continue;
      if (s > at) runs.push({ text: text.slice(at, s) });
      runs.push({ text: text.slice(s, e), kind: span.kind, label: span.label });
      at = e;
    }
    if (at < to) runs.push({ text: text.slice(at, to) });
    if (runs.length > 0) paragraphs.push(runs);
  }
  return paragraphs;
}

/** Kept here for the sample's callers: the one formatter lives in lib/i18n/format-date.ts. */
export { formatDate } from '@/lib/i18n/format-date';
