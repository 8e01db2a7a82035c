import { describe, expect, it } from 'vitest';
import { narrowed } from '@/lib/background/senders';
import { registrableDomain, samePage, sameSite } from '@/lib/site/site-identity';
import { clippingInput } from '../../../scripts/support/clippings';
import { contentScript, popup } from '../../helpers/senders-fixtures';

describe('a canonical URL counts only on the page’s own site', () => {
  const page = 'https://www.vietnamplus.vn/bai-viet-1.vnp?utm_source=fb';
  it.each([
    ['the same URL', 'https://www.vietnamplus.vn/bai-viet-1.vnp', true],
    ['another host of the same site (mobile)', 'https://m.vietnamplus.vn/bai-viet-1.vnp', true],
    ['http for https', 'http://vietnamplus.vn/bai-viet-1.vnp', true],
    ['another news site', 'https://nhandan.vn/bai-cua-nguoi-khac.html', false],
    ['a look-alike ending in the same letters', 'https://evilvietnamplus.vn/bai-viet-1.vnp', false],
    ['the site as a subdomain of another', 'https://vietnamplus.vn.evil.example/x', false],
  ])('%s: kept %s', (_label, declared, kept) => {
    const clipping = clippingInput({ url: page, canonicalUrl: declared });
    const saved = narrowed({ type: 'clip:save', clipping }, contentScript(page));
    expect(saved).toEqual({ type: 'clip:save', clipping: { ...clipping, canonicalUrl: kept ? declared : page } });
    expect(narrowed({ type: 'clip:status', url: declared }, contentScript(page))).toEqual({ type: 'clip:status', url: kept ? declared : page });
  });

  it('the extension’s own pages ask about any URL', () => {
    expect(narrowed({ type: 'clip:status', url: 'https://nhandan.vn/x' }, popup)).toEqual({ type: 'clip:status', url: 'https://nhandan.vn/x' });
  });

  it('sites are cut at the Public Suffix List, private suffixes included', () => {
    expect(registrableDomain('https://a.b.dangcongsan.org.vn/x')).toBe('dangcongsan.org.vn');
    expect(registrableDomain('https://news.bbc.co.uk/')).toBe('bbc.co.uk');
    // Two blogs on one hosting domain are two sites.
    expect(sameSite('https://mot.blogspot.com/a', 'https://hai.blogspot.com/b')).toBe(false);
    expect(sameSite('http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/b')).toBe(true);
    expect(sameSite('http://127.0.0.1/a', 'http://localhost/a')).toBe(false);
    expect(registrableDomain('javascript:alert(1)')).toBeNull();
  });

  it('the same page ignores only the fragment', () => {
    expect(samePage('https://a.vn/x#top', 'https://a.vn/x')).toBe(true);
    expect(samePage('https://a.vn/x?id=2', 'https://a.vn/x?id=3')).toBe(false);
  });
});
