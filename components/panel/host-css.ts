/**
 * The :host rules of the in-page UI, every declaration !important. In the
 * cascade an !important rule of a shadow tree beats the outer page's, even the
 * page's own !important and its style attribute, so no page stylesheet can hide,
 * move, scale, recolour or cover the panel or the card through their host
 * elements; `all: initial` also stops every inherited property (visibility,
 * color, font…) coming down from <html>. What still reaches the host from its
 * ancestors (<html>'s opacity, filter, transform, zoom) is left to the
 * visibility check of consequential clicks (seen-click.ts).
 */

/** The host's own box, declared as `property: value` pairs; each becomes !important after the reset. */
export function lockedHost(declarations: Record<string, string>): string {
  const own = Object.entries(declarations)
    .map(([property, value]) => `${property}: ${value} !important;`)
    .join(' ');
  return `:host { all: initial !important; zoom: 1 !important; ${own} }
:host([hidden]) { display: none !important; }
:host::before, :host::after { content: none !important; display: none !important; }
`;
}
