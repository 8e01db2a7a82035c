/** Every colour of the panel and the hover card meets WCAG AA, light and dark. */
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '@/components/hovercard/HoverCard';
import { PANEL_CSS } from '@/components/panel/Panel';
import { MARK_PAIRS, TEXT_PAIRS, THEME_CSS, TOKENS, type Scheme } from '@/components/panel/theme';
import { contrast, isDark, parseColor } from '@/lib/base/color';

const SCHEMES: Scheme[] = ['light', 'dark'];

describe('contrast arithmetic', () => {
  it('agrees with the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('rgb(255, 255, 255)', '#000')).toBeCloseTo(21, 5);
  });

  it('calls a page dark by its background', () => {
    expect(isDark(parseColor('rgb(18, 18, 18)')!)).toBe(true);
    expect(isDark(parseColor('#1e293b')!)).toBe(true);
    expect(isDark(parseColor('#ffffff')!)).toBe(false);
    expect(isDark(parseColor('rgb(240, 236, 228)')!)).toBe(false);
  });
});

describe.each(SCHEMES)('the %s scheme', (scheme) => {
  it.each(TEXT_PAIRS.map(([fg, bg]) => [fg, bg]))('text %s on %s reaches 4.5:1', (fg, bg) => {
    const ratio = contrast(TOKENS[scheme][fg as keyof (typeof TOKENS)['light']], TOKENS[scheme][bg as keyof (typeof TOKENS)['light']]);
    expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARK_PAIRS.map(([fg, bg]) => [fg, bg]))('mark %s on %s reaches 3:1', (fg, bg) => {
    const ratio = contrast(TOKENS[scheme][fg as keyof (typeof TOKENS)['light']], TOKENS[scheme][bg as keyof (typeof TOKENS)['light']]);
    expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
  });
});

describe('the stylesheets', () => {
  const own = (css: string) => css.replace(THEME_CSS, '');

  it('use no colour but the tokens (so the pairs above are every colour shown)', () => {
    for (const css of [PANEL_CSS, CARD_CSS]) {
      expect(css.startsWith(THEME_CSS)).toBe(true);
      // Shadows are the only literal colours: they draw no text.
      const literals = own(css).match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi) ?? [];
      expect(literals.filter((c) => !/^rgba\(0,\s*0,\s*0,\s*\.\d+\)$/.test(c))).toEqual([]);
    }
  });

  it('pair every text colour they use with every background it is drawn on', () => {
    const foregrounds = new Set(TEXT_PAIRS.map(([fg]) => fg));
    for (const css of [PANEL_CSS, CARD_CSS]) {
      const used = [...own(css).matchAll(/(?<![-\w])color:\s*var\(--ttdn-([\w-]+)\)/g)].map((m) => m[1]!);
      for (const token of used) expect(foregrounds.has(token as never), `--ttdn-${token} is used for text but never checked`).toBe(true);
    }
  });

  it('turn dark on a dark page and when the system prefers dark', () => {
    expect(THEME_CSS).toContain(':host([data-scheme="dark"])');
    expect(THEME_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{ :host \{ [^}]*--ttdn-bg: #1c1917/);
  });
});
