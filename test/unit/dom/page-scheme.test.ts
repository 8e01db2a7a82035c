import { afterEach, describe, expect, it } from 'vitest';
import { pageIsDark } from '@/lib/dom/page-scheme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('whether the page is dark', () => {
  it('reads the body’s background, then the root’s', () => {
    expect(pageIsDark(document)).toBe(false);
    document.documentElement.style.backgroundColor = 'rgb(17, 17, 17)';
    expect(pageIsDark(document)).toBe(true);
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageIsDark(document)).toBe(false);
    document.body.style.backgroundColor = '#0f172a';
    expect(pageIsDark(document)).toBe(true);
  });

  it('looks past a transparent body', () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(20, 20, 20)';
    expect(pageIsDark(document)).toBe(true);
  });
});
