import { describe, expect, it } from 'vitest';
import { ALL_VN_ORIGINS, contentScriptMatches, isListedSite, isVnSite, NEWS_SITES, originPattern, siteOf } from '@/lib/site/sites';
import { PRESS_GROUPS } from '@/lib/site/press-hosts';

describe('sites', () => {
  it('declares every listed site and its subdomains', () => {
    const matches = contentScriptMatches();
    for (const domain of ['vietnamplus.vn', 'baochinhphu.vn', 'nhandan.vn', 'tuyengiao.vn', 'hanoimoi.vn', 'qdnd.vn', 'vov.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dangcongsan.vn', 'tapchicongsan.org.vn', 'mofa.gov.vn']) {
      expect(NEWS_SITES).toContain(domain);
      expect(matches).toContain(`*://${domain}/*`);
      expect(matches).toContain(`*://*.${domain}/*`);
    }
  });

  it('covers provincial papers, TV, army and police press, theory journals and portals by their own host names', () => {
    for (const domain of ['baohatinh.vn', 'baonghean.vn', 'vtv.vn', 'cand.com.vn', 'qdnd.vn', 'lyluanchinhtri.vn', 'tapchicongsan.org.vn', 'daknong.gov.vn', 'hatinh.gov.vn']) {
      expect(NEWS_SITES).toContain(domain);
    }
    expect(PRESS_GROUPS.PROVINCIAL.hosts.length).toBeGreaterThanOrEqual(60);
    expect(PRESS_GROUPS.PORTALS.hosts.length).toBeGreaterThanOrEqual(80);
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(200);
  });

  it('lists hosts, never a pattern the browser would call "all websites" or a local test host', () => {
    for (const domain of NEWS_SITES) {
      expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      // A bare public suffix would widen the install warning to a whole country.
      expect(domain).not.toMatch(/^(com\.|org\.|gov\.|net\.|edu\.)?vn$/);
    }
    const matches = contentScriptMatches();
    expect(matches.some((m) => /127\.0\.0\.1|localhost/.test(m))).toBe(false);
    expect(matches).not.toContain('*://*.vn/*');
    expect(matches).not.toContain('*://*.gov.vn/*');
  });

  it('names the site of a page by its listed domain, else by host', () => {
    expect(siteOf('https://www.vietnamplus.vn/a-b.vnp')).toBe('vietnamplus.vn');
    expect(siteOf('https://en.qdnd.vn/x')).toBe('qdnd.vn');
    expect(siteOf('https://www.baomoi.com/x')).toBe('baomoi.com');
    expect(siteOf('https://www.baohatinh.vn/x')).toBe('baohatinh.vn');
    expect(siteOf('https://www.unlisted.example/x')).toBe('unlisted.example');
    expect(siteOf('not a url')).toBe('');
  });

  it('knows which pages the content script is declared for', () => {
    expect(isListedSite('https://tuoitre.vn/abc.htm')).toBe(true);
    expect(isListedSite('https://songoaivu.daknong.gov.vn/tin')).toBe(true);
    expect(isListedSite('https://fake-tuoitre.vn/abc.htm')).toBe(false);
    expect(isListedSite('https://tuoitre.vn.evil.com/abc.htm')).toBe(false);
    expect(isListedSite('http://127.0.0.1:8080/x')).toBe(false);
    expect(isListedSite('file:///home/a.html')).toBe(false);
  });

  it('tells .vn pages (the one-click grant) and gives one site its own pattern', () => {
    expect(isVnSite('https://www.baomoinhat.vn/x')).toBe(true);
    expect(isVnSite('https://songoaivu.daknong.gov.vn/x')).toBe(true);
    // National outlets on other domains are installed, not part of the .vn grant.
    expect(isListedSite('https://e.vnexpress.net/x')).toBe(true);
    expect(isListedSite('https://baomoi.com/x')).toBe(true);
    expect(isVnSite('https://example.com/x')).toBe(false);
    expect(isVnSite('https://vn.example.com/x')).toBe(false);
    expect(ALL_VN_ORIGINS).toContain('*://*.vn/*');
    expect(originPattern('https://www.example.com:8443/a/b?c')).toBe('*://www.example.com/*');
    expect(originPattern('chrome://extensions')).toBeNull();
  });
});
