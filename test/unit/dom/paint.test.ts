import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { directiveFindingKey, findingsOf, officialFindingKey } from '@/lib/dom/findings';
import { createPainter, highlightCss, MARK_ATTRIBUTE, textColorFor } from '@/lib/dom/paint';
import { runNow } from '@/lib/dom/schedule';
import { indexText } from '@/lib/dom/text-index';
import type { Analysis } from '@/lib/matcher/types';

const colors = { officials: '#fde68a', directives: '#bae6fd' };

/** A hand-made analysis of the text, as the matcher would report it: every occurrence of each phrase. */
function analysisOf(text: string, officials: string[], directives: string[]): Analysis {
  const mentions = (phrase: string) => [...text.matchAll(new RegExp(phrase.replace(/[/.]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + phrase.length }));
  return {
    foreignInfo: { isForeignInfo: true, score: 0.9, evidence: [] },
    officials: officials.map((name) => ({ name, titles: ['Bộ trưởng'], mentions: mentions(name) })),
    directives: directives.map((id) => ({ id, kind: 'Kết luận', issuer: 'Bộ Chính trị', date: null, subject: null, mentions: mentions(id) })),
  };
}

const PAGE =
  '<article><h1>Hội nghị</h1><p>Đồng chí <b>Lê Hải</b> Bình nhắc Kết luận số <a href="#">57-KL/TW</a>.</p>' +
  '<p>Ông Lê Hải Bình cho rằng 57-KL/TW quan trọng.</p></article>';

function paintPage() {
  document.body.innerHTML = PAGE;
  const index = runNow(indexText([document.body]));
  const analysis = analysisOf(index.text, ['Lê Hải Bình'], ['57-KL/TW']);
  const findings = runNow(findingsOf(analysis, index));
  const painter = createPainter(document);
  runNow(painter.paint(findings, colors, []));
  return { painter, findings };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('painting with <mark> where the highlight API is missing', () => {
  it('marks every mention, including one split across inline elements', () => {
    const { painter } = paintPage();
    expect(painter.mode).toBe('mark');
    const officials = [...document.querySelectorAll(`mark[${MARK_ATTRIBUTE}="officials"]`)].map((m) => m.textContent);
    const directives = [...document.querySelectorAll(`mark[${MARK_ATTRIBUTE}="directives"]`)].map((m) => m.textContent);
    // The first "Lê Hải Bình" spans <b>Lê Hải</b> and a text node: two marks, one per piece.
    expect(officials).toEqual(['Lê Hải', ' Bình', 'Lê Hải Bình']);
    expect(directives).toEqual(['57-KL/TW', '57-KL/TW']);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(PAGE, 'text/html').body.textContent);
  });

  it('gives each category its colour, with readable text', () => {
    paintPage();
    const mark = document.querySelector<HTMLElement>(`mark[${MARK_ATTRIBUTE}="directives"]`)!;
    expect(mark.style.backgroundColor).toMatch(/#bae6fd|rgb\(186, 230, 253\)/);
    expect(mark.style.color).toMatch(/#111111|rgb\(17, 17, 17\)/);
  });

  it('clears back to the original text and structure', () => {
    const { painter } = paintPage();
    painter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.querySelector('b')!.textContent).toBe('Lê Hải');
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(PAGE, 'text/html').body.textContent);
  });

  it('finds the finding under the pointer from the mark it lands on, and mention i as a range', () => {
    const { painter } = paintPage();
    const mark = document.querySelectorAll(`mark[${MARK_ATTRIBUTE}="directives"]`)[1]!;
    expect(painter.hitTest(document, 0, 0, mark.firstChild!.parentElement)?.key).toBe(directiveFindingKey({ id: '57-KL/TW' }));
    expect(painter.hitTest(document, 0, 0, document.querySelector('h1'))).toBeNull();
    expect(painter.mention(officialFindingKey({ name: 'Lê Hải Bình' }), 0)!.toString()).toBe('Lê Hải Bình');
  });
});

describe('highlight styles', () => {
  it('picks dark text on light colours and light text on dark ones', () => {
    expect(textColorFor('#fde68a')).toBe('#111111');
    expect(textColorFor('#1e3a8a')).toBe('#ffffff');
  });

  it('styles both categories differently and the flash above them', () => {
    const css = highlightCss({ officials: '#fde68a', directives: '#123456' });
    expect(css).toContain('::highlight(ttdn-officials){background-color:#fde68a;color:#111111;text-decoration:underline solid 2px}');
    expect(css).toContain('::highlight(ttdn-directives){background-color:#123456;color:#ffffff;text-decoration:underline dotted 2px}');
    expect(css).toContain('::highlight(ttdn-flash)');
  });
});

describe('the stylesheet shipped with the content script', () => {
  it('paints exactly the default colours', () => {
    const shipped = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'entrypoints', 'highlights.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\n/g, '');
    expect(shipped).toBe(highlightCss(DEFAULT_SETTINGS.colors));
  });
});
