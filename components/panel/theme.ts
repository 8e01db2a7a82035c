/**
 * The colours of the in-page UI (panel and hover card), light and dark, as CSS
 * custom properties. Every colour the panel and card CSS uses is one of these
 * tokens, so the contrast test (test/unit/components/panel/contrast.test.ts) checks every
 * pair of text and background the reader can see, in both schemes, against
 * WCAG AA (4.5:1 for text).
 *
 * Dark applies when the page is dark (its computed background, see
 * lib/dom/page-scheme.ts, sets data-scheme="dark" on the host) or when the
 * system prefers dark.
 */
export type Scheme = 'light' | 'dark';

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

const declarations = (scheme: Scheme) =>
  Object.entries(TOKENS[scheme])
    .map(([name, value]) => `--ttdn-${name}: ${value};`)
    .join(' ');

/** The tokens as CSS for a shadow root's :host: light by default, dark on a dark page (data-scheme="dark") or when the system prefers dark. */
export const THEME_CSS = `
:host { ${declarations('light')} color-scheme: light; }
:host([data-scheme="dark"]) { ${declarations('dark')} color-scheme: dark; }
@media (prefers-color-scheme: dark) { :host { ${declarations('dark')} color-scheme: dark; } }
`;
