import { beforeEach, describe, expect, it } from 'vitest';
import { annotate, type AnnotateOptions } from '@/lib/dom/annotate';
import { createPainter, MARK_ATTRIBUTE } from '@/lib/dom/paint';
import { runNow } from '@/lib/dom/schedule';
import type { Analysis } from '@/lib/matcher/types';

/** Stands in for the matcher: reports every occurrence of the names it was given, as written. */
function fakeMatcher(names: string[]) {
  const calls: string[] = [];
  const analyze = (text: string): Analysis => {
    calls.push(text);
    return {
      foreignInfo: { isForeignInfo: false, score: 0, evidence: [] },
      officials: names.map((name) => ({
        name,
        titles: [],
        mentions: [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length })),
      })),
      directives: [],
    };
  };
  return { analyze, calls };
}

const style = { colors: { officials: '#fde68a', directives: '#bae6fd' }, categories: { officials: true, directives: true } };

beforeEach(() => {
  document.body.innerHTML = '<main><p>Ông <b>Bùi Thanh</b> Sơn đến.</p><p>Bùi Thanh Sơn nói.</p></main>';
});

describe('annotating an article', () => {
  it('running twice changes nothing', () => {
    const matcher = fakeMatcher(['Bùi Thanh Sơn']);
    const painter = createPainter(document);
    const options: AnnotateOptions = { painter, analyze: matcher.analyze, style };
    const root = document.querySelector('main')!;
    const first = runNow(annotate([root], options));
    const html = document.body.innerHTML;
    const second = runNow(annotate([root], { ...options, previous: first }));
    expect(document.body.innerHTML).toBe(html);
    expect(second.index.text).toBe(first.index.text);
    expect(document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)).toHaveLength(3);
  });

  it('picks up a paragraph added later, and leaves the earlier marks as they were', () => {
    const matcher = fakeMatcher(['Bùi Thanh Sơn']);
    const painter = createPainter(document);
    const root = document.querySelector('main')!;
    const first = runNow(annotate([root], { painter, analyze: matcher.analyze, style }));
    const added = document.createElement('p');
    added.textContent = 'Sau đó Bùi Thanh Sơn trả lời.';
    root.append(added);
    const second = runNow(annotate([root], { painter, analyze: matcher.analyze, style, previous: first }));
    expect(second.analysis.officials[0]!.mentions).toHaveLength(3);
    expect([...document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)].map((m) => m.textContent)).toEqual([
      'Bùi Thanh',
      ' Sơn',
      'Bùi Thanh Sơn',
      'Bùi Thanh Sơn',
    ]);
  });

  it('paints only the categories the user wants shown', () => {
    const matcher = fakeMatcher(['Bùi Thanh Sơn']);
    runNow(
      annotate([document.body], {
        painter: createPainter(document),
        analyze: matcher.analyze,
        style: { ...style, categories: { officials: false, directives: true } },
      }),
    );
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('hands the matcher the page text as written, decomposed (NFD) text included', () => {
    const nfd = 'Bùi Thanh Sơn'.normalize('NFD');
    document.body.innerHTML = `<main><p>Ông ${nfd} đến.</p></main>`;
    const matcher = fakeMatcher([nfd]);
    runNow(annotate([document.querySelector('main')!], { painter: createPainter(document), analyze: matcher.analyze, style }));
    expect(matcher.calls[0]).toContain(nfd);
    expect(document.querySelector('mark')!.textContent).toBe(nfd);
  });
});
