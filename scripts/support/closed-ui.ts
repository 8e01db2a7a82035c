/**
 * The extension's in-page UI lives in closed shadow roots: Playwright's
 * locators, like page scripts, cannot see inside. The tests look in through the
 * DevTools protocol instead (DOM.getDocument with pierce: true reaches closed
 * roots), read what is shown there, and press controls the way a user does: a
 * real mouse click (page.mouse, trusted input) at the control's place on screen.
 * Nothing here runs with user activation in the page (Runtime.callFunctionOn
 * without userGesture), unlike page.evaluate.
 */
import type { CDPSession, Page } from 'playwright-core';

export type Host = 'ttdn-panel' | 'ttdn-card';

/** How long the user looks at a consequential control before clicking it: more than the 500 ms the panel asks for. */
const LOOK_MS = 800;
/** What the panel says when a click on such a control did not count. */
const REFUSED = /^(Chưa nhận cú bấm|Click not taken)/;

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHost(node: DomNode, name: string): DomNode | null {
  if (node.localName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class ClosedUi {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ClosedUi> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ClosedUi(page, cdp);
  }

  /** Elements matching the selector inside the host's shadow root, in document order. */
  private async nodes(host: Host, selector: string): Promise<number[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root, host)?.shadowRoots?.[0];
    if (!shadow) return [];
    const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
    return nodeIds;
  }

  /** Runs a function on an element, in the page's world, without a user gesture; returns its JSON value. */
  private async call<T>(nodeId: number, fn: string): Promise<T> {
    const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
    try {
      const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: fn,
        returnByValue: true,
        userGesture: false,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value as T;
    } finally {
      await this.cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
    }
  }

  async count(host: Host, selector: string): Promise<number> {
    return (await this.nodes(host, selector)).length;
  }

  async texts(host: Host, selector: string): Promise<string[]> {
    const ids = await this.nodes(host, selector);
    return Promise.all(ids.map((id) => this.call<string>(id, 'function () { return this.textContent; }')));
  }

  async text(host: Host, selector: string): Promise<string | null> {
    return (await this.texts(host, selector))[0] ?? null;
  }

  /** A function (as source, `this` is the element) run on every match; its JSON results. */
  async map<T>(host: Host, selector: string, fn: string): Promise<T[]> {
    const ids = await this.nodes(host, selector);
    return Promise.all(ids.map((id) => this.call<T>(id, fn)));
  }

  async attributes(host: Host, selector: string, name: string): Promise<(string | null)[]> {
    const ids = await this.nodes(host, selector);
    return Promise.all(ids.map((id) => this.call<string | null>(id, `function () { return this.getAttribute(${JSON.stringify(name)}); }`)));
  }

  /** The element's box in the viewport (scrolled into view first when asked); null when there is none or it is not rendered. */
  async box(host: Host, selector: string, options: { hasText?: string | RegExp; scroll?: boolean } = {}): Promise<Box | null> {
    for (const id of await this.nodes(host, selector)) {
      if (options.hasText !== undefined) {
        const text = await this.call<string>(id, 'function () { return this.textContent; }');
        if (typeof options.hasText === 'string' ? !text.includes(options.hasText) : !options.hasText.test(text)) continue;
      }
      const box = await this.call<Box | null>(
        id,
        `function () {
          if (${options.scroll ?? true}) this.scrollIntoView({ block: 'center', behavior: 'instant' });
          const r = this.getBoundingClientRect();
          return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
        }`,
      );
      if (box) return box;
    }
    return null;
  }

  async isVisible(host: Host, selector: string): Promise<boolean> {
    return (await this.box(host, selector, { scroll: false })) !== null;
  }

  /** Waits until a rendered element matches (and holds the text, when given). */
  async waitFor(host: Host, selector: string, options: { hasText?: string | RegExp; timeout?: number } = {}): Promise<Box> {
    const deadline = Date.now() + (options.timeout ?? 15_000);
    for (;;) {
      const box = await this.box(host, selector, { hasText: options.hasText, scroll: false });
      if (box) return box;
      if (Date.now() > deadline) throw new Error(`nothing in ${host} matches ${selector}${options.hasText ? ` with ${options.hasText}` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Clicks the element as a user does: the real mouse, at its centre. A
   * consequential control (data-guard) counts a click only once it has been in
   * view, unmoved, for half a second (components/panel/seen-click.ts): the user
   * looks at it first, as a reader does.
   */
  async click(host: Host, selector: string, options: { hasText?: string | RegExp } = {}): Promise<void> {
    let box = await this.box(host, selector, options);
    if (!box) throw new Error(`nothing to click in ${host} matches ${selector}`);
    const guarded = (await this.count(host, `${selector}[data-guard], [data-guard] ${selector}`)) > 0;
    if (guarded) {
      await new Promise((resolve) => setTimeout(resolve, LOOK_MS));
      box = (await this.box(host, selector, { ...options, scroll: false }))!;
    }
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // On a loaded machine the panel may still have been settling (it says "click again"): the user does.
    // A click that was taken may have removed the panel (the site turned off): nothing to read then.
    const said = guarded ? await this.text(host, '.clip-state').catch(() => null) : null;
    if (guarded && REFUSED.test(said ?? '')) {
      await new Promise((resolve) => setTimeout(resolve, LOOK_MS));
      await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    }
  }

  /** Moves keyboard focus to the element (DOM.focus, as the user's Tab key would). */
  async focus(host: Host, selector: string): Promise<void> {
    const [id] = await this.nodes(host, selector);
    if (id === undefined) throw new Error(`nothing to focus in ${host} matches ${selector}`);
    await this.cdp.send('DOM.focus', { nodeId: id });
  }

  /** Evaluates an expression in the page's world without a user gesture (page.evaluate grants one). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: false });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  /** Waits until an expression in the page's world is truthy (no user gesture). */
  async until(expression: string, timeout = 15_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Evaluates an expression in the extension's content-script world of this page (the
   * isolated world Chromium names after the extension's origin): what a content script, or a
   * compromised page process, can reach.
   */
  async inContentScript<T>(extensionId: string, expression: string): Promise<T> {
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    const listener = (event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(event.context);
    this.cdp.on('Runtime.executionContextCreated', listener);
    await this.cdp.send('Runtime.enable');
    this.cdp.off('Runtime.executionContextCreated', listener);
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error('no content-script world on this page');
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
