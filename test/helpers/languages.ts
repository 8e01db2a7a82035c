/**
 * Detectors for a render in the wrong language: Vietnamese letters in an English
 * render, English words in a Vietnamese one. Text the page or the reader wrote
 * (names, titles, document kinds, clipping titles) is removed first: it is
 * Vietnamese in both UIs. So are elements that declare their own language
 * (the "Tiếng Việt" button of a language switch, the sample article).
 */
import type { Lang } from '@/lib/i18n/i18n';

/** Letters only Vietnamese (of the two) writes: with a diacritic, or đ. */
export const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]/u;

/** English words a Vietnamese UI has no business showing. */
export const ENGLISH_WORD =
  /(?<![\p{L}\p{N}])(the|and|of|to|is|are|not|this|that|with|for|from|article|articles|clip|clipped|clipping|clippings|search|settings|error|page|pages|official|officials|directive|directives|score|threshold|open|close|show|delete|edit|import|export|save|saved|cancel|none|unknown|loading|title|titles|mentions|evidence|collection|library|could|nothing|something|went|wrong|reload|storage|database|file|record|must|invalid|turn|off|pause|everywhere|below|above|reference|list|more|fewer|sort|newest|filter|tags?|note|undo)(?![\p{L}\p{N}])/iu;

/** Everything a reader can see or hear of a render: text and the names, tooltips and placeholders of its elements. */
export function visibleWords(root: Element, lang: Lang, data: readonly string[] = []): string[] {
  const out: string[] = [];
  const foreign = (el: Element) => {
    const declared = el.closest('[lang]')?.getAttribute('lang');
    return declared !== null && declared !== undefined && declared !== lang && root.contains(el.closest('[lang]'));
  };
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4);
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && !foreign(parent) && !['STYLE', 'SCRIPT'].includes(parent.tagName)) out.push(node.textContent ?? '');
    } else {
      const el = node as Element;
      if (foreign(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
  }
  // Longest first, so a name is removed before a shorter name inside it.
  const strip = [...data].filter(Boolean).sort((a, b) => b.length - a.length);
  return out
    .map((text) => strip.reduce((t, d) => t.split(d).join(' '), text.normalize('NFC')))
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The strings of the render in the other language: Vietnamese letters in English, English words in Vietnamese. */
export function otherLanguage(words: readonly string[], lang: Lang): string[] {
  return words.filter((w) => (lang === 'en' ? VIETNAMESE_LETTER.test(w) : ENGLISH_WORD.test(w)));
}

export function setBrowserLanguages(languages: readonly string[]): void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(navigator, 'language', { value: languages[0], configurable: true });
}
