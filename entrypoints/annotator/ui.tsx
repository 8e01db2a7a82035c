/**
 * The in-page UI: the panel and the hover card, each a custom element with a
 * CLOSED shadow root: page CSS and ours never mix, and page scripts cannot
 * reach inside (host.shadowRoot is null to them), so they can neither find nor
 * press a control, nor read the clip state or a directive's count. The roots
 * are held only here, in the content script's own world. What a page can still
 * measure from outside (the hosts' boxes) never depends on the collection: the
 * card's host has no size of its own and its card is placed inside the root.
 * Preact renders into them; page text only ever reaches the DOM as text.
 */
import { render } from 'preact';
import { CARD_CSS, HoverCard, type CardSubject } from '@/components/hovercard/HoverCard';
import { PANEL_CSS, Panel, type PanelProps } from '@/components/panel/Panel';
import type { Lang } from '@/lib/i18n/i18n';
import { pageIsDark } from '@/lib/dom/page-scheme';
import { placeCard, placePanel, type Box } from '@/lib/dom/placement';
import { setStyles } from '@/lib/dom/styles';

export const PANEL_TAG = 'ttdn-panel';
export const CARD_TAG = 'ttdn-card';

export type HostState = 'off' | 'analysing' | 'ready' | 'no-article' | 'error';

/** `first`: before the page's body, so the panel comes first in the Tab order instead of after the whole page. */
function shadowHost(doc: Document, tag: string, css: string, first = false): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  setStyles(root, css);
  if (first && doc.body?.parentNode === doc.documentElement) doc.documentElement.insertBefore(host, doc.body);
  else doc.documentElement.append(host);
  return { host, root };
}

export class PageUi {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private card: { host: HTMLElement; root: ShadowRoot } | null = null;
  private dismissed = false;

  constructor(private doc: Document) {
    ({ host: this.host, root: this.root } = shadowHost(doc, PANEL_TAG, PANEL_CSS, true));
    this.host.hidden = true;
  }

  /** The attribute tests and the Firefox smoke test wait for. */
  setState(state: HostState): void {
    this.host.dataset.state = state;
    if (state !== 'ready') this.host.hidden = true;
  }

  renderPanel(props: PanelProps): void {
    this.followScheme(this.host);
    render(<Panel {...props} />, this.root);
    if (this.host.dataset.state === 'ready' && !this.dismissed) this.host.hidden = false;
  }

  /** Dark on a dark page (the system's preference is the CSS's own media query). */
  private followScheme(host: HTMLElement): void {
    if (pageIsDark(this.doc)) host.dataset.scheme = 'dark';
    else delete host.dataset.scheme;
  }

  /** Moves keyboard focus into the panel (or onto its launcher when it is closed). */
  focusPanel(): void {
    this.root.querySelector<HTMLElement>('.panel, .pill')?.focus();
  }

  /** Puts the panel beside the article; returns whether it should start collapsed. */
  place(article: Box): boolean {
    const view = this.doc.defaultView!;
    const { side, collapsed } = placePanel(view.innerWidth, article);
    this.host.style.setProperty(side, '12px');
    this.host.style.removeProperty(side === 'left' ? 'right' : 'left');
    return collapsed;
  }

  get visible(): boolean {
    return !this.host.hidden;
  }

  setVisible(visible: boolean): void {
    this.dismissed = !visible;
    this.host.hidden = !visible || this.host.dataset.state !== 'ready';
  }

  showCard(lang: Lang, subject: CardSubject, anchor: Box, clippedCount: number | undefined, onOpen: (subject: CardSubject) => void): void {
    this.card ??= shadowHost(this.doc, CARD_TAG, CARD_CSS);
    const { host, root } = this.card;
    this.followScheme(host);
    render(<HoverCard lang={lang} subject={subject} clippedCount={clippedCount} onOpen={onOpen} />, root);
    host.hidden = false;
    // The card, not its host, is measured and moved: the host's box stays 0 × 0 at the corner.
    const card = root.querySelector<HTMLElement>('.card');
    if (!card) return;
    const view = this.doc.defaultView!;
    const size = card.getBoundingClientRect();
    const { left, top } = placeCard(anchor, { width: size.width || 300, height: size.height || 120 }, { width: view.innerWidth, height: view.innerHeight });
    card.style.setProperty('left', `${left}px`);
    card.style.setProperty('top', `${top}px`);
  }

  hideCard(): void {
    if (this.card) this.card.host.hidden = true;
  }

  /** The hover card's host (what a page's pointer events over the card are retargeted to). */
  isCard(node: Node | null): boolean {
    return node !== null && node === this.card?.host;
  }

  isOwn(node: Node): boolean {
    return node === this.host || node === this.card?.host;
  }

  destroy(): void {
    render(null, this.root);
    this.host.remove();
    if (this.card) {
      render(null, this.card.root);
      this.card.host.remove();
    }
  }
}
