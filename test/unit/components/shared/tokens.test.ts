/**
 * The extension pages' colours (popup, library, options, onboarding) meet WCAG AA,
 * light and dark: every text colour a stylesheet uses, on every background any of
 * them draws, read from the CSS itself. And the palette is the in-page panel's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKENS, type Scheme } from '@/components/panel/theme';
import { contrast } from '@/lib/base/color';

// The stylesheets as written (a CSS import would hand back the bundler's processed output).
const sheet = (path: string) => readFileSync(join(import.meta.dirname, '../../../..', path), 'utf8');
const tokensCss = sheet('components/shared/tokens.css');
const collectionCss = sheet('components/collection/collection.css');
const popupCss = sheet('entrypoints/popup/style.css');
const libraryCss = sheet('entrypoints/library/style.css');
const optionsCss = sheet('entrypoints/options/style.css');
const onboardingCss = sheet('entrypoints/onboarding/style.css');
const syncCss = sheet('components/sync/sync.css');

type Vars = Record<string, string>;

/** The custom properties a sheet sets on :root, outside and inside its dark media query. */
function rootVars(css: string): Record<Scheme, Vars> {
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const read = (part: string): Vars => {
    const block = /:root\s*\{([^}]*)\}/.exec(part)?.[1] ?? '';
    return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  };
  return { light: read(darkStart < 0 ? css : css.slice(0, darkStart)), dark: darkStart < 0 ? {} : read(css.slice(darkStart)) };
}

/** A token's value in a scheme, following var(--other) references. */
function resolve(vars: Vars, value: string): string {
  const ref = /^var\(--([\w-]+)\)$/.exec(value);
  return ref ? resolve(vars, vars[ref[1]!] ?? `missing --${ref[1]}`) : value;
}

const BASE = rootVars(tokensCss);
const palette = (scheme: Scheme, own: Record<Scheme, Vars>): Vars => ({
  ...BASE.light,
  ...own.light,
  ...(scheme === 'dark' ? { ...BASE.dark, ...own.dark } : {}),
});

/** Each page with the sheets it loads (tokens.css first: the others import it). */
const PAGES: Record<string, string[]> = {
  popup: [tokensCss, collectionCss, syncCss, popupCss],
  library: [tokensCss, collectionCss, syncCss, libraryCss],
  options: [tokensCss, syncCss, optionsCss],
  onboarding: [tokensCss, onboardingCss],
};

const strip = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const used = (css: string, property: 'color' | 'background') =>
  [...strip(css).matchAll(new RegExp(`(?<![-\\w])${property}:\\s*var\\(--([\\w-]+)\\)`, 'g'))].map((m) => m[1]!);

/**
 * Pairs drawn only together: the primary button's text on its fill, and the
 * sample article's text on its highlights (those stay light in both schemes).
 */
const ONLY_ON: Record<string, string[]> = { 'action-text': ['action'], 'hl-text': ['hl-official', 'hl-directive'] };
const OWN_FILL = new Set(Object.values(ONLY_ON).flat());

describe.each(Object.entries(PAGES))('the %s page', (_name, sheets) => {
  const own = sheets.slice(1).map(rootVars).reduce<Record<Scheme, Vars>>((a, b) => ({ light: { ...a.light, ...b.light }, dark: { ...a.dark, ...b.dark } }), { light: {}, dark: {} });
  const texts = [...new Set(sheets.flatMap((css) => used(css, 'color')))];
  // The body's background and the surfaces drawn on it; a fill paired in ONLY_ON holds only its own text.
  const fills = [...new Set(['bg', ...sheets.flatMap((css) => used(css, 'background'))])];

  it('uses no literal colour outside its tokens (so the pairs below are every colour shown)', () => {
    for (const css of sheets) {
      const rules = strip(css).replace(/:root\s*\{[^}]*\}/g, '');
      expect(rules.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi) ?? []).toEqual([]);
    }
  });

  it.each(['light', 'dark'] as const)('draws every text colour at 4.5:1 or more in %s', (scheme) => {
    const vars = palette(scheme, own);
    expect(texts.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const fg of texts) {
      for (const bg of ONLY_ON[fg] ?? fills.filter((f) => !OWN_FILL.has(f))) {
        const ratio = contrast(resolve(vars, `var(--${fg})`), resolve(vars, `var(--${bg})`));
        if (ratio < 4.5) failures.push(`--${fg} on --${bg}: ${ratio.toFixed(2)}:1`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('the shared palette', () => {
  it('is the in-page panel’s, light and dark', () => {
    const same: Record<string, keyof (typeof TOKENS)['light']> = {
      bg: 'bg', surface: 'surface', text: 'text', muted: 'muted', line: 'border', hover: 'hover',
      accent: 'link', focus: 'focus', action: 'action', 'action-text': 'action-text', yes: 'success', error: 'error',
    };
    for (const scheme of ['light', 'dark'] as const) {
      const vars = palette(scheme, { light: {}, dark: {} });
      for (const [page, panel] of Object.entries(same)) expect(`${scheme} --${page}: ${vars[page]}`).toBe(`${scheme} --${page}: ${TOKENS[scheme][panel]}`);
    }
  });

  it('is imported by every page, so none falls back to the browser’s default controls', () => {
    for (const css of [collectionCss, optionsCss, onboardingCss, syncCss]) expect(css).toMatch(/@import '[./]+(?:\/components)?\/shared\/tokens\.css';/);
  });
});
