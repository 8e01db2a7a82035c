/**
 * Paints findings on the page. Where the browser has the CSS Custom Highlight
 * API, Ranges go into CSS.highlights and the page's DOM is not changed at all;
 * elsewhere each mention is wrapped in <mark> elements (the fallback). Both
 * answer "which finding is under the pointer" and "where is mention i".
 */
import type { Category } from '../settings/settings';
import type { Steps } from './schedule';
import { removeStyles, setStyles, type StyleScope } from './styles';
import { QUOTE_CSS } from './quote-paint';

export interface Finding {
  /** Stable id of the official or directive, e.g. "official:Lại Xuân Môn", "directive:57-KL/TW". */
  key: string;
  category: Category;
  /** One Range per mention, in text order. */
  ranges: Range[];
  /** Where each range starts in the indexed text: sorting by it is document order, without asking the DOM. */
  offsets: number[];
}

export type Colors = Record<Category, string>;

export interface Hit {
  key: string;
  /** The painted piece under the pointer, to anchor the card to. */
  rect: DOMRect;
}

export interface Painter {
  readonly mode: 'highlight' | 'mark';
  /**
   * Replaces whatever was painted before: painting the same findings twice changes nothing.
   * In steps (runNow or runSliced runs them): the highlights show when the last one ends.
   */
  paint(findings: readonly Finding[], colors: Colors, scopes: readonly StyleScope[]): Steps<void>;
  hitTest(doc: Document, x: number, y: number, target: EventTarget | null): Hit | null;
  /** Mention i of a finding as a Range (for scrolling and anchoring), or null. */
  mention(key: string, i: number): Range | null;
  /** Briefly emphasises a mention, after scrolling to it. */
  flash(key: string, i: number): void;
  clear(): void;
}

export const HIGHLIGHT_NAMES: Record<Category | 'flash', string> = {
  officials: 'ttdn-officials',
  directives: 'ttdn-directives',
  flash: 'ttdn-flash',
};
const FLASH_MS = 1600;
/** Ranges placed per step: thousands of them on a 100 000-word article were one 18-26 ms task. */
const PAINT_STEP = 200;
const FLASH = { background: '#ea580c', text: '#ffffff' };

/** Dark or light text, whichever reads on this background: highlights stay readable on dark pages. */
export function textColorFor(background: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(background.trim())?.[1];
  if (!hex) return '#111111';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance > 0.18 ? '#111111' : '#ffffff';
}

/** Two cues per category, colour and underline style, so they differ for colour-blind readers too. */
const UNDERLINE: Record<Category, string> = { officials: 'solid', directives: 'dotted' };

export function highlightCss(colors: Colors): string {
  const rule = (category: Category) =>
    `::highlight(${HIGHLIGHT_NAMES[category]}){background-color:${colors[category]};color:${textColorFor(colors[category])};` +
    `text-decoration:underline ${UNDERLINE[category]} 2px}`;
  return `${rule('officials')}${rule('directives')}::highlight(${HIGHLIGHT_NAMES.flash}){background-color:${FLASH.background};color:${FLASH.text}}${QUOTE_CSS}`;
}

/** Every painted range with its finding, in text order (which is document order). */
function inTextOrder(findings: readonly Finding[]): { finding: Finding; range: Range; i: number; offset: number }[] {
  return findings
    .flatMap((finding) => finding.ranges.map((range, i) => ({ finding, range, i, offset: finding.offsets[i]! })))
    .sort((a, b) => a.offset - b.offset);
}

type HighlightWindow = Window & {
  Highlight: new (...ranges: Range[]) => Set<Range> & { priority: number };
  CSS: { highlights: Map<string, unknown> };
};

function highlightWindow(doc: Document): HighlightWindow | null {
  const win = doc.defaultView as HighlightWindow | null;
  return win && typeof win.Highlight === 'function' && win.CSS?.highlights ? win : null;
}

function supportsHighlights(doc: Document): boolean {
  return highlightWindow(doc) !== null;
}

function rectContaining(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const sameColors = (a: Colors, b: Colors) => a.officials === b.officials && a.directives === b.directives;

/** CSS Custom Highlight API: Ranges in CSS.highlights, page DOM untouched. */
class HighlightPainter implements Painter {
  readonly mode = 'highlight' as const;

  /**
   * @param top the page's document
   * @param topColors the colours the browser already styles the page's document with (the content
   *   script's manifest CSS), or null. Adding a stylesheet to a huge page costs a full style recalc,
   *   so the top document only gets our own sheet when the user picked other colours.
   */
  constructor(
    private readonly top: Document,
    private readonly topColors: Colors | null,
  ) {}

  private byKey = new Map<string, Range[]>();
  /** Painted ranges per tree root (document or shadow root), in document order, for hit testing. */
  private byRoot = new Map<Node, { range: Range; key: string }[]>();
  private docs = new Set<Document>();
  private styled = new Set<StyleScope>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The highlights this painter registered, by name: clear() removes only those. After an
   * update, the new content script paints under the same names before the orphaned one
   * notices it is gone; the orphan must not wipe the newcomer's highlights.
   */
  private own = new Map<HighlightWindow, Map<string, unknown>>();

  private register(win: HighlightWindow, name: string, highlight: unknown): void {
    win.CSS.highlights.set(name, highlight);
    if (!this.own.has(win)) this.own.set(win, new Map());
    this.own.get(win)!.set(name, highlight);
  }

  *paint(findings: readonly Finding[], colors: Colors, scopes: readonly StyleScope[]): Steps<void> {
    // Built aside in steps; what was painted before stays until the last step swaps them in one go.
    const perDoc = new Map<Document, Record<Category, Range[]>>();
    const byRoot = new Map<Node, { range: Range; key: string }[]>();
    let placed = 0;
    for (const { finding, range } of inTextOrder(findings)) {
      if (++placed % PAINT_STEP === 0) yield;
      const doc = range.startContainer.ownerDocument!;
      if (!perDoc.has(doc)) perDoc.set(doc, { officials: [], directives: [] });
      perDoc.get(doc)![finding.category].push(range);
      const root = range.startContainer.getRootNode();
      if (!byRoot.has(root)) byRoot.set(root, []);
      byRoot.get(root)!.push({ range, key: finding.key });
    }
    const highlights: [HighlightWindow, Document, Category, unknown][] = [];
    for (const [doc, ranges] of perDoc) {
      const win = highlightWindow(doc);
      if (!win) continue;
      for (const category of ['officials', 'directives'] as const) {
        const highlight = new win.Highlight();
        for (const range of ranges[category]) {
          if (++placed % PAINT_STEP === 0) yield;
          highlight.add(range);
        }
        highlights.push([win, doc, category, highlight]);
      }
    }
    this.clear();
    this.byRoot = byRoot;
    for (const finding of findings) this.byKey.set(finding.key, finding.ranges);
    for (const [win, doc, category, highlight] of highlights) {
      this.docs.add(doc);
      this.register(win, HIGHLIGHT_NAMES[category], highlight);
    }
    const css = highlightCss(colors);
    const styledAlready = this.topColors !== null && sameColors(colors, this.topColors);
    for (const scope of new Set<StyleScope>([...this.docs, ...scopes])) {
      if (scope === this.top && styledAlready) continue;
      setStyles(scope, css);
      this.styled.add(scope);
    }
  }

  hitTest(doc: Document, x: number, y: number): Hit | null {
    const shadowRoots = [...this.byRoot.keys()].filter((root): root is ShadowRoot => root.nodeType === 11);
    const caret = caretAt(doc, x, y, shadowRoots);
    if (!caret) return null;
    const list = this.byRoot.get(caret.node.getRootNode());
    if (!list) return null;
    // Binary search for the range holding the caret, then make sure the pointer is over its text.
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const { range, key } = list[mid]!;
      const side = range.comparePoint(caret.node, caret.offset);
      if (side < 0) hi = mid - 1;
      else if (side > 0) lo = mid + 1;
      else {
        // The caret sits on a boundary shared with a neighbour: check this one and the one before.
        for (const candidate of [list[mid]!, list[mid - 1]]) {
          const rect = candidate && rectContaining(candidate.range, x, y);
          if (rect) return { key: candidate.key, rect };
        }
        return null;
      }
    }
    return null;
  }

  mention(key: string, i: number): Range | null {
    return this.byKey.get(key)?.[i] ?? null;
  }

  flash(key: string, i: number): void {
    const range = this.mention(key, i);
    const win = range && highlightWindow(range.startContainer.ownerDocument!);
    if (!range || !win) return;
    const flash = new win.Highlight(range);
    flash.priority = 1;
    this.register(win, HIGHLIGHT_NAMES.flash, flash);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (win.CSS.highlights.get(HIGHLIGHT_NAMES.flash) === flash) win.CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
    }, FLASH_MS);
  }

  clear(): void {
    for (const doc of this.docs) {
      const win = highlightWindow(doc);
      const mine = win && this.own.get(win);
      for (const name of Object.values(HIGHLIGHT_NAMES)) {
        if (mine?.has(name) && win!.CSS.highlights.get(name) === mine.get(name)) win!.CSS.highlights.delete(name);
      }
    }
    this.own.clear();
    for (const scope of this.styled) removeStyles(scope);
    this.docs.clear();
    this.styled.clear();
    this.byKey.clear();
    this.byRoot.clear();
  }
}

export const MARK_ATTRIBUTE = 'data-ttdn';

/** Wraps the text of a range, node by node, in elements made by `make` (last node first, so offsets hold). */
function wrapRange(range: Range, make: () => HTMLElement): HTMLElement[] {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const texts: Text[] = [];
  if (startContainer === endContainer && startContainer.nodeType === 3) texts.push(startContainer as Text);
  else {
    const doc = startContainer.ownerDocument!;
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) texts.push(node as Text);
  }
  const marks: HTMLElement[] = [];
  for (let i = texts.length - 1; i >= 0; i--) {
    const text = texts[i]!;
    const start = text === startContainer ? startOffset : 0;
    const end = text === endContainer ? endOffset : text.length;
    if (start >= end || !/\S/.test(text.data.slice(start, end))) continue;
    if (end < text.length) text.splitText(end);
    const piece = start > 0 ? text.splitText(start) : text;
    const mark = make();
    piece.parentNode!.insertBefore(mark, piece);
    mark.appendChild(piece);
    marks.unshift(mark);
  }
  return marks;
}

/** Fallback: <mark> elements around each mention (the page's DOM does change here). */
class MarkPainter implements Painter {
  readonly mode = 'mark' as const;
  private marks = new Map<string, HTMLElement[][]>();

  // One step: the page's watcher would read marks added between two steps as the page's own change.
  *paint(findings: readonly Finding[], colors: Colors): Steps<void> {
    this.clear();
    // Last mention first: wrapping one never moves the boundaries of those before it.
    const all = inTextOrder(findings).reverse();
    for (const finding of findings) this.marks.set(finding.key, finding.ranges.map(() => []));
    for (const { finding, range, i } of all) {
      const doc = range.startContainer.ownerDocument!;
      this.marks.get(finding.key)![i] = wrapRange(range, () => {
        const mark = doc.createElement('mark');
        mark.setAttribute(MARK_ATTRIBUTE, finding.category);
        mark.style.setProperty('background-color', colors[finding.category]);
        mark.style.setProperty('color', textColorFor(colors[finding.category]));
        mark.style.setProperty('text-decoration', `underline ${UNDERLINE[finding.category]} 2px`);
        return mark;
      });
    }
  }

  hitTest(_doc: Document, x: number, y: number, target: EventTarget | null): Hit | null {
    const mark = (target as Element | null)?.closest?.(`mark[${MARK_ATTRIBUTE}]`);
    if (!mark) return null;
    for (const [key, mentions] of this.marks) {
      if (mentions.some((marks) => marks.includes(mark as HTMLElement))) {
        const rect = [...mark.getClientRects()].find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
        return { key, rect: rect ?? mark.getBoundingClientRect() };
      }
    }
    return null;
  }

  mention(key: string, i: number): Range | null {
    const marks = this.marks.get(key)?.[i];
    if (!marks?.length) return null;
    const range = marks[0]!.ownerDocument.createRange();
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
    return range;
  }

  flash(key: string, i: number): void {
    for (const mark of this.marks.get(key)?.[i] ?? []) {
      mark.style.setProperty('outline', `3px solid ${FLASH.background}`);
      setTimeout(() => mark.style.removeProperty('outline'), FLASH_MS);
    }
  }

  clear(): void {
    for (const mentions of this.marks.values()) {
      for (const marks of mentions) for (const mark of marks) mark.replaceWith(...mark.childNodes);
    }
    this.marks.clear();
  }
}

/** @param documentColors colours the page's document is already styled with (see HighlightPainter), or null */
export function createPainter(doc: Document, documentColors: Colors | null = null): Painter {
  return supportsHighlights(doc) ? new HighlightPainter(doc, documentColors) : new MarkPainter();
}
