/**
 * The in-page UI: the panel and the hover card, each a custom element with a
 * CLOSED shadow root: page CSS and ours never mix, and page scripts cannot
 * reach inside (host.shadowRoot is null to them), so they can neither find nor
 * press a control, nor read the clip state or a directive's count. The roots
 * are held only here, in the content script's own world. What a page can still
 * measure from outside (the hosts' boxes) never depends on the collection: the
 * card's host has no size of its own and its card is placed inside the root.
 * Page CSS cannot restyle the hosts (components/panel/host-css.ts), and the
 * panel's consequential controls act only on clicks the reader could see
 * (components/panel/seen-click.ts). Preact renders into them; page text only
 * ever reaches the DOM as text.
 */
import { render } from 'preact';
import { CARD_CSS, HoverCard, type CardSubject } from '@/components/hovercard/HoverCard';
import { PANEL_CSS, Panel, type PanelProps } from '@/components/panel/Panel';
import { canTellSeenClicks, SeenClicks } from '@/components/panel/seen-click';
import { themed, type Scheme } from '@/components/panel/theme';
import type { Lang } from '@/lib/i18n/i18n';
import { pageIsDark } from '@/lib/dom/page-scheme';
import { measureSite } from '@/lib/dom/page-margin';
import { GAP, placeCard, panelStrip, placePanel, type Box } from '@/lib/dom/placement';
import { setStyles } from '@/lib/dom/styles';

export const PANEL_TAG = 'ttdn-panel';
export const CARD_TAG = 'ttdn-card';

export type HostState = 'off' | 'analysing' | 'ready' | 'no-article' | 'error';

interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  css: string;
  scheme?: Scheme;
}

/**
 * After the page's body: the site's own controls come first in the Tab order,
 * and the keyboard command or the launcher brings focus into the panel.
 */
function shadowHost(doc: Document, tag: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  doc.documentElement.append(host);
  return { host, root, css };
}

/** The panel's host this far from the viewport's top, the panel no taller than what is left below. */
const hostTop = (top: number) => `:host { top: ${top}px !important; }\n.panel { max-height: calc(100vh - ${top + GAP}px); }\n`;

const PREFERS_DARK = '(prefers-color-scheme: dark)';

export class PageUi {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private panel: ShadowHost;
  private card: ShadowHost | null = null;
  private dismissed = false;
  /** Null where the browser cannot tell (no IntersectionObserver v2): the panel then has no consequential control. */
  private readonly seen: SeenClicks | null;
  private readonly systemScheme: MediaQueryList | null;

  /** `onRefused`: a click on a consequential control did not count (see seen-click.ts). */
  constructor(
    private doc: Document,
    onRefused: () => void,
  ) {
    this.panel = shadowHost(doc, PANEL_TAG, PANEL_CSS);
    ({ host: this.host, root: this.root } = this.panel);
    this.host.hidden = true;
    const view = doc.defaultView!;
    this.seen = canTellSeenClicks(view) ? new SeenClicks(this.root, onRefused) : null;
    this.systemScheme = view.matchMedia?.(PREFERS_DARK) ?? null;
    this.systemScheme?.addEventListener('change', this.followSystem);
    this.followScheme(this.panel);
  }

  /** Whether the panel may carry the consequential controls. */
  get guardedClicks(): boolean {
    return this.seen !== null;
  }

  /** The attribute tests and the Firefox smoke test wait for. */
  setState(state: HostState): void {
    this.host.dataset.state = state;
    if (state !== 'ready') this.host.hidden = true;
  }

  renderPanel(props: PanelProps): void {
    this.followScheme(this.panel);
    render(<Panel {...props} />, this.root);
    if (this.host.dataset.state === 'ready' && !this.dismissed) this.host.hidden = false;
    this.seen?.track();
  }

  /**
   * Dark on a dark page or when the system prefers dark: the sheet is written
   * with that scheme's colours (no custom property a page could re-register).
   * data-scheme on the host says which the page's own colours chose.
   */
  private followScheme(shadow: ShadowHost): void {
    const darkPage = pageIsDark(this.doc);
    if (darkPage) shadow.host.dataset.scheme = 'dark';
    else delete shadow.host.dataset.scheme;
    const scheme: Scheme = darkPage || this.systemScheme?.matches ? 'dark' : 'light';
    if (scheme === shadow.scheme) return;
    shadow.scheme = scheme;
    setStyles(shadow.root, themed(shadow.css, scheme));
  }

  private readonly followSystem = () => {
    this.followScheme(this.panel);
    if (this.card) this.followScheme(this.card);
  };

  /** Moves keyboard focus into the panel (or onto its launcher when it is closed). */
  focusPanel(): void {
    this.root.querySelector<HTMLElement>('.panel, .pill')?.focus();
  }

  /**
   * Puts the panel beside the article, below the site's top bars; returns whether
   * it should start collapsed (no empty margin wide enough for it).
   */
  place(article: Element): boolean {
    const view = this.doc.defaultView!;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const site = measureSite(this.doc, article, (el) => this.isOwn(el));
    const top = Math.round(site.barsBottom) + GAP;
    const { side, collapsed } = placePanel(viewport.width, article.getBoundingClientRect(), (s) => site.clear(panelStrip(s, viewport, top)));
    // An attribute and a rule of our own sheet, not the style attribute: the host's offsets are locked !important.
    this.host.dataset.side = side;
    this.panel.css = `${PANEL_CSS}${hostTop(top)}`;
    this.panel.scheme = undefined;
    this.followScheme(this.panel);
    return collapsed;
  }

  get visible(): boolean {
    return !this.host.hidden;
  }

  setVisible(visible: boolean): void {
    this.dismissed = !visible;
    this.host.hidden = !visible || this.host.dataset.state !== 'ready';
  }

  showCard(lang: Lang, subject: CardSubject, anchor: Box, onOpen: (subject: CardSubject) => void): void {
    this.card ??= shadowHost(this.doc, CARD_TAG, CARD_CSS);
    const { host, root } = this.card;
    this.followScheme(this.card);
    render(<HoverCard lang={lang} subject={subject} onOpen={onOpen} />, root);
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
    this.seen?.stop();
    this.systemScheme?.removeEventListener('change', this.followSystem);
    render(null, this.root);
    this.host.remove();
    if (this.card) {
      render(null, this.card.root);
      this.card.host.remove();
    }
  }
}
