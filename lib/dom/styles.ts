/**
 * Our stylesheets, added without touching the page's markup where the browser
 * allows: constructable sheets adopted by the document or a shadow root (no
 * <style> element, and no Content-Security-Policy style-src involved). A <style>
 * element is the fallback for browsers that refuse a sheet from an extension.
 */
export type StyleScope = Document | ShadowRoot;

const installed = new WeakMap<StyleScope, { sheet: CSSStyleSheet | null; element: HTMLStyleElement | null }>();

function constructSheet(scope: StyleScope, css: string): CSSStyleSheet | null {
  try {
    const win = (scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!).defaultView;
    const Sheet = (win as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

/** Adds (or replaces) our stylesheet in a document or shadow root. */
export function setStyles(scope: StyleScope, css: string): void {
  const current = installed.get(scope);
  if (current?.sheet) {
    current.sheet.replaceSync(css);
    return;
  }
  if (current?.element) {
    current.element.textContent = css;
    return;
  }
  const sheet = constructSheet(scope, css);
  if (sheet) {
    installed.set(scope, { sheet, element: null });
    return;
  }
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!;
  const element = doc.createElement('style');
  element.textContent = css;
  (scope.nodeType === 9 ? (doc.head ?? doc.documentElement) : scope).append(element);
  installed.set(scope, { sheet: null, element });
}

export function removeStyles(scope: StyleScope): void {
  const current = installed.get(scope);
  if (!current) return;
  if (current.sheet) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== current.sheet);
  current.element?.remove();
  installed.delete(scope);
}
