import { describe, expect, it } from 'vitest';
import { annotatesSite, hostSite } from '@/lib/settings/site-switch';

const on = { paused: false, disabledSites: [] as string[] };

describe('the per-site switch the page scripts read', () => {
  it('names a page by its host, without www', () => {
    expect(hostSite('https://www.Baohatinh.vn/bai-viet.html')).toBe('baohatinh.vn');
    expect(hostSite('https://m.vietnamplus.vn/x')).toBe('m.vietnamplus.vn');
    expect(hostSite('not a url')).toBe('');
  });

  it('a site switched off is off on its subdomains too, and only there', () => {
    const settings = { ...on, disabledSites: ['vietnamplus.vn'] };
    expect(annotatesSite(settings, 'vietnamplus.vn')).toBe(false);
    expect(annotatesSite(settings, 'm.vietnamplus.vn')).toBe(false);
    expect(annotatesSite(settings, 'notvietnamplus.vn')).toBe(true);
    expect(annotatesSite(settings, 'vietnamplus.vn.evil.example')).toBe(true);
  });

  it('pausing everywhere wins', () => {
    expect(annotatesSite({ ...on, paused: true }, 'baohatinh.vn')).toBe(false);
    expect(annotatesSite(on, 'baohatinh.vn')).toBe(true);
  });
});
