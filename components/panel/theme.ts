/**
 * The colours of the in-page UI (panel and hover card), light and dark. The
 * stylesheets name them as var(--ttdn-NAME); themed() writes the literal colour
 * in before a sheet is installed, so no custom property reaches the page's
 * cascade: a page's @property rule (document-wide, it reaches into closed shadow
 * roots) could otherwise re-register --ttdn-bg as non-inherited or as a length
 * and turn the panel transparent while it still takes clicks. The contrast test
 * (test/unit/components/panel/contrast.test.ts) checks every pair of text and background
 * the reader can see, in both schemes, against WCAG AA (4.5:1 for text).
 *
 * Dark applies when the page is dark (its computed background, see
 * lib/dom/page-scheme.ts) or when the system prefers dark; the UI picks the
 * scheme (entrypoints/content/ui.tsx).
 */
export type Scheme = 'light' | 'dark';

/**
 * Generic families only: a page can serve its own font under any family name
 * (@font-face reaches into shadow roots) and would learn from the font request
 * which glyphs we drew; a generic family always resolves to the system's fonts.
 */
export const UI_FONT = 'system-ui, sans-serif';

export const TOKENS = {
  light: {
    bg: '#fffbf5',
    surface: '#ffffff',
    text: '#1c1917',
    muted: '#57534e',
    border: '#a8a29e',
    hover: '#e7e5e4',
    link: '#1d4ed8',
    focus: '#2563eb',
    'yes-bg': '#dcfce7',
    'yes-border': '#16a34a',
    'no-bg': '#f5f5f4',
    down: '#9f1239',
    error: '#b91c1c',
    success: '#166534',
    action: '#9a3412',
    'action-text': '#ffffff',
    done: '#166534',
    official: '#d97706',
    directive: '#0284c7',
  },
  dark: {
    bg: '#1c1917',
    surface: '#292524',
    text: '#f5f5f4',
    muted: '#c4bdb8',
    border: '#78716c',
    hover: '#44403c',
    link: '#93c5fd',
    focus: '#60a5fa',
    'yes-bg': '#14351f',
    'yes-border': '#22c55e',
    'no-bg': '#292524',
    down: '#fda4af',
    error: '#fca5a5',
    success: '#86efac',
    action: '#9a3412',
    'action-text': '#ffffff',
    done: '#166534',
    official: '#f59e0b',
    directive: '#38bdf8',
  },
} as const satisfies Record<Scheme, Record<string, string>>;

export type Token = keyof (typeof TOKENS)['light'];

/**
 * Every text colour shown on every background it is shown on (foreground,
 * background). The panel and card CSS use no colour outside TOKENS; this list is
 * what the contrast test checks.
 */
export const TEXT_PAIRS: readonly [Token, Token][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'hover'],
  ['text', 'yes-bg'],
  ['text', 'no-bg'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'hover'],
  ['muted', 'yes-bg'],
  ['muted', 'no-bg'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['down', 'bg'],
  ['error', 'bg'],
  ['success', 'bg'],
  ['action-text', 'action'],
  ['action-text', 'done'],
];

/** Non-text marks (focus ring, borders of the verdict and the findings' underlines) need 3:1 against the panel. */
export const MARK_PAIRS: readonly [Token, Token][] = [
  ['focus', 'bg'],
  ['yes-border', 'yes-bg'],
  ['official', 'bg'],
  ['directive', 'bg'],
  ['official', 'surface'],
  ['directive', 'surface'],
];

/** The stylesheet with every var(--ttdn-NAME) replaced by that token's colour in the scheme, and the host's color-scheme set. */
export function themed(css: string, scheme: Scheme): string {
  const tokens: Record<string, string> = TOKENS[scheme];
  const body = css.replace(/var\(--ttdn-([\w-]+)\)/g, (_whole, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`no colour token ${name}`);
    return value;
  });
  return `${body}\n:host { color-scheme: ${scheme} !important; }\n`;
}
