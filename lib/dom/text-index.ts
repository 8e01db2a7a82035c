/**
 * The article's text as the matcher sees it, and the way back from a text
 * offset to a DOM position. Text nodes are read once, in document order; their
 * whitespace is collapsed the way a reader sees it (so clipped text is clean);
 * inline elements (a, b, span…) join, block elements (p, li, td…) start a new
 * line, and a match may never cross a line. Open shadow roots and same-origin
 * frames are read where they sit.
 */
import { isBlock, isOpaque } from './skip';
import type { Steps } from './schedule';

export interface Segment {
  node: Text;
  /** [start, end) in the index text. */
  start: number;
  end: number;
  /** Which block (line) of the text it belongs to. */
  block: number;
  /** Node offset of text offset `start + i` is `delta + i`, unless `map` is set (collapsed whitespace). */
  delta: number;
  map: Uint32Array | null;
}

export interface TextIndex {
  text: string;
  segments: Segment[];
  /** Open shadow roots and same-origin frame documents the text was found in: they need styles and hit testing. */
  scopes: (Document | ShadowRoot)[];
}

export interface IndexOptions {
  /** Elements inside the roots to leave out (related-article boxes, share bars). */
  exclude?: (element: Element) => boolean;
  /** Stop reading after this many characters (hostile pages). */
  maxChars?: number;
}

const SPACE = /[\s\u00a0]/;
const ODD_SPACE = /[\t\n\r\f\v\u00a0]| {2}/;

/** How many nodes are handled between two pauses. */
const STEP = 64;

function frameDocument(element: Element): Document | null {
  try {
    const doc = (element as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null; // cross-origin
  }
}

/** Builds the index in small steps; see runNow/runSliced. */
export function* indexText(roots: readonly Node[], options: IndexOptions = {}): Steps<TextIndex> {
  const maxChars = options.maxChars ?? Infinity;
  const parts: string[] = [];
  const segments: Segment[] = [];
  const scopes: TextIndex['scopes'] = [];
  let length = 0;
  let block = 0;
  /** The current line ends in a space (or is empty): the next leading space is dropped. */
  let spaced = true;
  let lineHasText = false;

  const newLine = () => {
    if (!lineHasText) return;
    const last = segments[segments.length - 1];
    // Drop a trailing space the line ended with.
    if (spaced && last && last.end === length && parts[parts.length - 1]!.endsWith(' ')) {
      const part = parts.pop()!;
      parts.push(part.slice(0, -1));
      last.end--;
      length--;
      if (last.end === last.start) segments.pop();
    }
    parts.push('\n');
    length++;
    block++;
    spaced = true;
    lineHasText = false;
  };

  const addText = (node: Text) => {
    // A single huge text node is cut at the budget rather than collapsed whole.
    const data = node.data.length > maxChars - length ? node.data.slice(0, Math.max(0, maxChars - length)) : node.data;
    if (data.length === 0) return;
    let out: string;
    let map: Uint32Array | null = null;
    let delta = 0;
    if (!ODD_SPACE.test(data)) {
      // Only single plain spaces: at most a leading one is dropped, after a space.
      delta = spaced && data.charCodeAt(0) === 32 ? 1 : 0;
      out = data.slice(delta);
    } else {
      const chars: string[] = [];
      const offsets: number[] = [];
      let space = spaced;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (SPACE.test(ch)) {
          if (space) continue;
          chars.push(' ');
          offsets.push(i);
          space = true;
        } else {
          chars.push(ch);
          offsets.push(i);
          space = false;
        }
      }
      out = chars.join('');
      map = Uint32Array.from(offsets);
    }
    if (out.length === 0) return;
    segments.push({ node, start: length, end: length + out.length, block, delta, map });
    parts.push(out);
    length += out.length;
    spaced = out.endsWith(' ');
    lineHasText = true;
  };

  // Depth-first walk with an explicit stack. A block element is pushed again below its children and
  // remembered in `leaving`, so that leaving it starts a new line too.
  const stack: Node[] = [];
  const leaving = new Set<Node>();
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  let steps = 0;
  while (stack.length > 0 && length < maxChars) {
    const node = stack.pop()!;
    if (++steps % STEP === 0) yield;
    if (leaving.has(node)) {
      leaving.delete(node);
      newLine();
      continue;
    }
    if (node.nodeType === 3) {
      addText(node as Text);
      continue;
    }
    if (node.nodeType === 11) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = element.localName;
    if (name === 'iframe' || name === 'frame') {
      const doc = frameDocument(element);
      if (doc && isVisibleFrame(element)) {
        scopes.push(doc);
        stack.push(doc.body);
      }
      continue;
    }
    if (isOpaque(element) || options.exclude?.(element)) continue;
    if (isBlock(element)) {
      newLine();
      leaving.add(element);
      stack.push(element);
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    const shadow = element.shadowRoot;
    if (shadow) {
      scopes.push(shadow);
      stack.push(shadow);
    }
  }
  newLine();
  return { text: parts.join(''), segments, scopes };
}

function isVisibleFrame(element: Element): boolean {
  return !element.hasAttribute('hidden') && (element as Element & { checkVisibility?(): boolean }).checkVisibility?.() !== false;
}

/** Index of the last segment whose start is <= offset (binary search). */
function segmentAt(index: TextIndex, offset: number): number {
  const { segments } = index;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nodeOffset(segment: Segment, i: number): number {
  return segment.map ? segment.map[i]! : segment.delta + i;
}

interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * The DOM positions of text [start, end), or null when the span is empty, out of
 * range or crosses a line (the matcher saw the lines joined; the reader did not).
 */
function spanOf(index: TextIndex, start: number, end: number): DomSpan | null {
  if (!(start < end) || start < 0 || end > index.text.length || index.segments.length === 0) return null;
  const first = index.segments[segmentAt(index, start)]!;
  const last = index.segments[segmentAt(index, end - 1)]!;
  if (start >= first.end || end - 1 >= last.end || first.block !== last.block) return null;
  return {
    startNode: first.node,
    startOffset: nodeOffset(first, start - first.start),
    endNode: last.node,
    endOffset: nodeOffset(last, end - 1 - last.start) + 1,
  };
}

export function rangeOf(index: TextIndex, start: number, end: number): Range | null {
  const span = spanOf(index, start, end);
  if (!span) return null;
  const range = span.startNode.ownerDocument.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}
