/** Every colour of the panel and the hover card meets WCAG AA, light and dark. */
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '@/components/hovercard/HoverCard';
import { PANEL_CSS } from '@/components/panel/Panel';
import { MARK_PAIRS, TEXT_PAIRS, themed, TOKENS, type Scheme } from '@/components/panel/theme';
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
  it('use no colour but the tokens (so the pairs above are every colour shown)', () => {
    for (const css of [PANEL_CSS, CARD_CSS]) {
      // Shadows are the only literal colours: they draw no text.
      const literals = css.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi) ?? [];
      expect(literals.filter((c) => !/^rgba\(0,\s*0,\s*0,\s*\.\d+\)$/.test(c))).toEqual([]);
    }
  });

  it('pair every text colour they use with every background it is drawn on', () => {
    const foregrounds = new Set(TEXT_PAIRS.map(([fg]) => fg));
    for (const css of [PANEL_CSS, CARD_CSS]) {
      const used = [...css.matchAll(/(?<![-\w])color:\s*var\(--ttdn-([\w-]+)\)/g)].map((m) => m[1]!);
      for (const token of used) expect(foregrounds.has(token as never), `--ttdn-${token} is used for text but never checked`).toBe(true);
    }
  });

  it('are installed with the colours written in: no custom property a page’s @property rule could re-register', () => {
    for (const css of [PANEL_CSS, CARD_CSS]) {
      for (const scheme of SCHEMES) {
        const sheet = themed(css, scheme);
        expect(sheet).not.toMatch(/var\(|--/);
        expect(sheet).toContain(TOKENS[scheme].text);
        expect(sheet).toContain(`color-scheme: ${scheme} !important`);
      }
    }
    expect(themed(PANEL_CSS, 'dark')).toMatch(/\.panel \{[^}]*background: #1c1917/);
  });

  it('lock every property of the hosts against page CSS, and name only generic font families', () => {
    for (const css of [PANEL_CSS, CARD_CSS]) {
      const host = css.match(/^:host \{([^}]*)\}/m)![1]!;
      expect(host).toContain('all: initial !important');
      for (const declaration of host.split(';').filter((d) => d.trim())) expect(declaration).toContain('!important');
      for (const [, families] of css.matchAll(/font(?:-family)?:[^;}]*?(?:\d+px(?:\/[\d.]+)?\s+)([^;}]+)/g)) expect(families!.trim()).toBe('system-ui, sans-serif');
    }
  });
});
