/**
 * What a page's own script can read about the extension's in-page UI from
 * outside its closed roots, for the observation tests (Chromium and Firefox):
 * font rules that would catch any glyph drawn in a font the page serves, and an
 * expression that records the hosts and the panel's shape.
 */

const FAMILIES = ['system-ui', 'sans-serif', '-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'Helvetica', 'Noto Sans'];

/** The page's own font rules: a request to /font/… means our UI drew a glyph in a font the page serves. */
export const FONTS = `<style>${FAMILIES.map((family, i) => `@font-face { font-family: "${family}"; src: url("/font/${i}.woff2"); }`).join('\n')}
@property --ttdn-text { syntax: '<color>'; inherits: true; initial-value: #000; }</style>`;

/** What the page can read about our UI from outside, as its own script would. */
export const OBSERVE = `(() => {
  const read = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      box: [r.x, r.y, r.width, r.height],
      sizes: [el.offsetWidth, el.offsetHeight, el.scrollWidth, el.scrollHeight, el.clientWidth, el.clientHeight],
      attributes: el.getAttributeNames().map((n) => n + '=' + el.getAttribute(n)),
      text: el.textContent + '|' + el.innerText,
      children: el.childNodes.length,
      style: [...style].map((p) => p + ':' + style.getPropertyValue(p)).join(';'),
      hidden: el.hidden,
      matches: [':hover', ':focus', ':focus-within', ':defined'].filter((s) => el.matches(s)),
    };
  };
  const panel = document.querySelector('ttdn-panel');
  // Which points of the window hit the panel: its shape, as far as a page can map it.
  const shape = [];
  for (let y = 4; y < innerHeight; y += 8) for (let x = 4; x < innerWidth; x += 8) if (document.elementFromPoint(x, y) === panel) shape.push(x + ',' + y);
  return JSON.stringify({ panel: read(panel), card: read(document.querySelector('ttdn-card')), shape: shape.join(' '), hosts: document.querySelectorAll('ttdn-panel, ttdn-card').length });
})()`;

/** The element the page sees focused after a Tab (focus inside a closed root shows as its host). */
/** At most this many Tab presses: past the page's own stops, which come first, and through the panel's. */
const TAB_PRESSES = 60;

/**
 * The document's Tab stops in order, through the panel's (its host comes last in the
 * document): what follows is the browser's own toolbar or, in Firefox, at times the
 * hover card's empty host, neither of them the page's order.
 */
export async function tabStops(press: () => Promise<void>, stop: () => Promise<string>): Promise<string[]> {
  const focus: string[] = [];
  for (let i = 0; i < TAB_PRESSES; i++) {
    await press();
    const at = await stop();
    if (focus.includes('ttdn-panel') && at !== 'ttdn-panel') break;
    focus.push(at);
  }
  return focus;
}

export const TAB_STOP = `(() => { const a = document.activeElement; return a ? a.localName + (a.id ? '#' + a.id : '') + (a.getAttribute('href') ?? '') : 'none'; })()`;
