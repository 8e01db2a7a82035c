/**
 * Which elements the annotator never reads or touches: code, styles, form
 * fields, editors, media, hidden content and its own UI.
 */

const OPAQUE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'canvas', 'video', 'audio', 'object', 'embed', 'head', 'title', 'iframe', 'frame',
  'ttdn-panel', 'ttdn-card',
]);

/** Boundaries of the text a match may span: anything that starts a new line in a news layout. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'img', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

function isEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return element.getAttribute('role') === 'textbox';
}

type Visibility = { checkVisibility?(options?: { visibilityProperty?: boolean }): boolean };

/** Rendered and visible (display, visibility, content-visibility); true where the browser cannot tell. */
export function isVisible(element: Element): boolean {
  const check = (element as Visibility).checkVisibility;
  return typeof check === 'function' ? check.call(element, { visibilityProperty: true }) : true;
}

/**
 * Asking the browser about visibility costs a style lookup per element. An
 * element with no class, id or style (a bare <p>, <b>, <a href>) is hidden only
 * by a rule on its tag or position alone, which news sites do not write; the
 * containers that hide things carry classes, and hidden containers are skipped
 * with everything in them.
 */
function mayBeHidden(element: Element): boolean {
  return element.hasAttribute('class') || element.hasAttribute('style') || element.hasAttribute('id');
}

/** True when neither this element nor anything inside it may be read or touched. */
export function isOpaque(element: Element): boolean {
  if (OPAQUE_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute('inert') || isEditable(element)) return true;
  return mayBeHidden(element) && !isVisible(element);
}
