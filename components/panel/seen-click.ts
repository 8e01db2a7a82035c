/**
 * A consequential click counts only when the reader could see what they clicked.
 * Page CSS cannot restyle the panel's host (its :host rules are !important), but
 * it still reaches the host through <html> (opacity, filter, transform, zoom), can
 * cover it (a top-layer element that lets clicks through) or move it under the
 * pointer between the two clicks of a double click. So a control marked
 * `data-guard` acts only when IntersectionObserver v2 (trackVisibility) has
 * reported it fully visible, and it has stayed at the same place and at its own
 * size (no zoom or scale), for DWELL_MS before the pointer went down (before the
 * click itself for a key press). Otherwise the click is stopped before the
 * control's handler and `onRefused` says so.
 *
 * Browsers without IntersectionObserver v2 (Firefox) cannot tell; there the
 * panel shows no guarded control at all (see canTellSeenClicks).
 */

/** How long a control must have been seen, unmoved, before a click on it counts. */
export const DWELL_MS = 500;
/** The shortest delay IntersectionObserver v2 allows between visibility reports. */
const REPORT_DELAY_MS = 100;
export const GUARD_ATTRIBUTE = 'data-guard';

interface Sight {
  /** The last visibility report said fully visible. */
  visible: boolean;
  /** Since when it has been visible at `rect` (performance.now()). */
  since: number;
  rect: DOMRectReadOnly | null;
}

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** Whether this browser reports real visibility (IntersectionObserver v2). */
export function canTellSeenClicks(win: Window): boolean {
  const Entry = (win as Window & { IntersectionObserverEntry?: { prototype: object } }).IntersectionObserverEntry;
  return Boolean(Entry && 'isVisible' in Entry.prototype);
}

const sameBox = (a: DOMRectReadOnly, b: DOMRectReadOnly) =>
  Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5;

/** A transform IntersectionObserver v2 still counts as visible: a 2D translation, or none. */
const TRANSLATION_ONLY = /^(none|matrix\(1, 0, 0, 1, [^,]+, [^,]+\))$/;

/**
 * What IntersectionObserver v2 counts as hiding (opacity, a filter, a transform other
 * than a move), read on the host's ancestors at the moment of the press: its reports
 * come at least REPORT_DELAY_MS late (later on a busy machine), and a page can
 * restyle <html> between the last report and the reader's click.
 */
function hiddenByAncestors(host: Element): boolean {
  const win = host.ownerDocument.defaultView;
  if (!win) return true;
  for (let el = host.parentElement; el; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    if (Number(style.opacity) < 1 || style.filter !== 'none' || !TRANSLATION_ONLY.test(style.transform)) return true;
  }
  return false;
}

/** Drawn at its own size: a zoom or scale from outside makes the box differ from the layout size. */
const ownSize = (el: HTMLElement, box: DOMRectReadOnly) => Math.abs(box.width - el.offsetWidth) < 1 && Math.abs(box.height - el.offsetHeight) < 1;

export class SeenClicks {
  private readonly sights = new Map<Element, Sight>();
  private readonly observer: IntersectionObserver;
  /** The guarded control the last trusted pointerdown landed on, when that press counted. */
  private pressed: Element | null = null;

  constructor(
    private readonly root: ShadowRoot,
    private readonly onRefused: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.observer = new IntersectionObserver((entries) => this.report(entries as VisibilityEntry[]), {
      threshold: [1],
      trackVisibility: true,
      delay: REPORT_DELAY_MS,
    } as IntersectionObserverInit);
    root.addEventListener('pointerdown', this.onPointerDown, true);
    root.addEventListener('click', this.onClick, true);
    root.addEventListener('scroll', this.resample, true);
  }

  /** Follows the guarded controls now in the root (call after each render): new ones start unseen, moved ones start over. */
  track(): void {
    const current = new Set(this.root.querySelectorAll(`[${GUARD_ATTRIBUTE}]`));
    for (const el of this.sights.keys()) {
      if (current.has(el)) continue;
      this.observer.unobserve(el);
      this.sights.delete(el);
    }
    for (const el of current) {
      if (this.sights.has(el)) continue;
      this.sights.set(el, { visible: false, since: Infinity, rect: null });
      this.observer.observe(el);
    }
    this.resample();
  }

  stop(): void {
    this.observer.disconnect();
    this.sights.clear();
    this.root.removeEventListener('pointerdown', this.onPointerDown, true);
    this.root.removeEventListener('click', this.onClick, true);
    this.root.removeEventListener('scroll', this.resample, true);
  }

  private report(entries: VisibilityEntry[]): void {
    for (const entry of entries) {
      const sight = this.sights.get(entry.target);
      if (!sight) continue;
      const visible = entry.isVisible === true && entry.intersectionRatio >= 0.99;
      if (visible && !sight.visible) {
        // When the browser computed it, not when this (possibly late) callback ran.
        sight.since = entry.time;
        sight.rect = entry.target.getBoundingClientRect();
      }
      sight.visible = visible;
    }
  }

  /** Our own layout moved a control (a re-render, the panel scrolled): the reader sees it move, and its clock starts over. */
  private readonly resample = () => {
    for (const [el, sight] of this.sights) this.moved(el, sight);
  };

  /** Records the control's current box; true when it differs from the one it was seen at. */
  private moved(el: Element, sight: Sight): boolean {
    const box = el.getBoundingClientRect();
    if (sight.rect && sameBox(sight.rect, box)) return false;
    sight.rect = box;
    sight.since = this.now();
    return true;
  }

  /** Whether a click on the control, now, is one the reader could see. */
  private seen(el: Element): boolean {
    const sight = this.sights.get(el);
    if (!sight?.visible) return false;
    if (hiddenByAncestors(this.root.host)) return false;
    if (this.moved(el, sight)) return false;
    if (!ownSize(el as HTMLElement, sight.rect!)) return false;
    return this.now() - sight.since >= DWELL_MS;
  }

  private guarded(event: Event): Element | null {
    const target = event.target as Element | null;
    return target?.closest?.(`[${GUARD_ATTRIBUTE}]`) ?? null;
  }

  private readonly onPointerDown = (event: Event) => {
    if (!event.isTrusted) return;
    const el = this.guarded(event);
    this.pressed = el && this.seen(el) ? el : null;
  };

  private readonly onClick = (event: Event) => {
    const el = this.guarded(event);
    if (!el) return;
    // A key press (Enter, Space) clicks with detail 0 and no pointer: judged now.
    const counts = (event as MouseEvent).detail === 0 ? this.seen(el) : this.pressed === el;
    this.pressed = null;
    if (counts && event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    if (event.isTrusted) this.onRefused();
  };
}
