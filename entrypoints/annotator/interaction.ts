/**
 * The annotator's in-page interaction: hover over a painted mention (hit-tested
 * at most once a frame, in the page and its same-origin frames), Escape, and a
 * panel entry selected (scroll, flash, explain) or focused (explain beside it).
 * It shows the hover card for the findings the pipeline (page-annotator.ts) holds.
 */
import type { CardSubject } from '@/components/hovercard/HoverCard';
import { directiveFindingKey, officialFindingKey } from '@/lib/dom/findings';
import type { Painter } from '@/lib/dom/paint';
import type { TextIndex } from '@/lib/dom/text-index';
import type { Lang } from '@/lib/i18n/lang';
import type { Analysis } from '@/lib/matcher/types';
import type { PageUi } from './ui';

/** How far left of a panel entry its card goes when the mention is off screen (the card's width and a gap). */
const CARD_GAP = 350;
/** How long a card stays after the pointer leaves its mention: time to cross the gap to the card and press its door. */
const LEAVE_MS = 400;

/** What the interaction reads of the pipeline, when it needs it. */
export interface InteractionSource {
  analysis(): Analysis | null;
  lang(): Lang;
  /** The findings are painted (hover hit-tests only then). */
  ready(): boolean;
  /** The card's door was pressed (a trusted click): open the subject's research page. */
  open(subject: CardSubject): void;
}

export class PageInteraction {
  private hovered: string | null = null;
  private readonly listening = new Set<Document>();

  constructor(
    private readonly doc: Document,
    private readonly ui: PageUi,
    private readonly painter: Painter,
    private readonly source: InteractionSource,
  ) {}

  start(): void {
    this.doc.addEventListener('keydown', this.onKey, true);
  }

  stop(): void {
    this.stay();
    this.doc.removeEventListener('keydown', this.onKey, true);
    for (const doc of this.listening) doc.removeEventListener('pointermove', this.onPointer, true);
    this.listening.clear();
  }

  private subject(key: string): CardSubject | null {
    const analysis = this.source.analysis();
    const official = analysis?.officials.find((o) => officialFindingKey(o) === key);
    if (official) return { kind: 'official', official };
    const directive = analysis?.directives.find((d) => directiveFindingKey(d) === key);
    return directive ? { kind: 'directive', directive } : null;
  }

  private showCard(key: string, rect: DOMRect): void {
    this.stay();
    const subject = this.subject(key);
    if (!subject) return;
    this.ui.showCard(this.source.lang(), subject, rect, (chosen) => this.source.open(chosen));
  }

  private leaving = 0;

  /** Hides the card a moment after the pointer left its mention, unless it comes onto the card or another mention meanwhile. */
  private leave(): void {
    if (this.leaving || !this.hovered) return;
    this.leaving = window.setTimeout(() => {
      this.leaving = 0;
      this.hovered = null;
      this.ui.hideCard();
    }, LEAVE_MS);
  }

  private stay(): void {
    clearTimeout(this.leaving);
    this.leaving = 0;
  }

  /** Scrolls to the first mention of a finding, flashes it and explains it. */
  reveal(key: string): void {
    const range = this.painter.mention(key, 0);
    if (!range) return;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.painter.flash(key, 0);
    const rect = range.getBoundingClientRect();
    this.hovered = key;
    this.showCard(key, rect);
  }

  /**
   * Keyboard focus on a panel entry explains the finding: the card sits at its
   * first mention when that is on screen, else beside the entry itself.
   */
  preview(key: string | null, entry: Element | null): void {
    if (!key || !entry) {
      this.hovered = null;
      this.ui.hideCard();
      return;
    }
    const rect = this.painter.mention(key, 0)?.getBoundingClientRect();
    const view = this.doc.defaultView!;
    const onScreen = rect && rect.bottom > 0 && rect.top < view.innerHeight && rect.width > 0;
    this.hovered = key;
    const beside = entry.getBoundingClientRect();
    this.showCard(key, onScreen ? rect : new DOMRect(beside.left - CARD_GAP, beside.top - 6, 0, 0));
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || !this.hovered) return;
    this.hovered = null;
    this.ui.hideCard();
  };

  /** Hover: hit-test the pointer against the painted mentions, at most once a frame. */
  listen(index: TextIndex): void {
    const docs = [this.doc, ...index.scopes.filter((s): s is Document => s.nodeType === 9)];
    for (const doc of docs) {
      if (this.listening.has(doc)) continue;
      this.listening.add(doc);
      doc.addEventListener('pointermove', this.onPointer, { capture: true, passive: true });
    }
  }

  private frame = 0;
  private lastPointer: PointerEvent | null = null;

  private readonly onPointer = (event: PointerEvent) => {
    if (!event.isTrusted) return; // a page's forged pointer does not move our cards
    this.lastPointer = event;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const e = this.lastPointer;
      if (!e || !this.source.ready()) return;
      // Over the card itself: it stays, so its door can be pressed.
      if (this.ui.isCard(e.target as Node | null)) return this.stay();
      const doc = (e.target as Node | null)?.ownerDocument ?? this.doc;
      const hit = this.painter.hitTest(doc, e.clientX, e.clientY, e.target);
      if (!hit) return this.leave();
      this.stay();
      if (hit.key === this.hovered) return;
      this.hovered = hit.key;
      this.showCard(hit.key, frameOffset(doc, hit.rect));
    });
  };
}

/** A rect inside a same-origin frame, in the top document's viewport. */
function frameOffset(doc: Document, rect: DOMRect): DOMRect {
  const frame = doc.defaultView?.frameElement;
  if (!frame) return rect;
  const outer = frame.getBoundingClientRect();
  return new DOMRect(rect.x + outer.x, rect.y + outer.y, rect.width, rect.height);
}
