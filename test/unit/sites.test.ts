import { describe, expect, it } from 'vitest';
import { contentScriptMatches, isListedSite, NEWS_SITES, siteOf } from '@/lib/sites';

describe('sites', () => {
  it('declares every listed site and its subdomains, plus the local test hosts', () => {
    const matches = contentScriptMatches();
    for (const domain of ['vietnamplus.vn', 'baochinhphu.vn', 'nhandan.vn', 'tuyengiao.vn', 'hanoimoi.vn', 'qdnd.vn', 'vov.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dangcongsan.vn', 'tapchicongsan.org.vn', 'mofa.gov.vn']) {
      expect(NEWS_SITES).toContain(domain);
      expect(matches).toContain(`*://${domain}/*`);
      expect(matches).toContain(`*://*.${domain}/*`);
    }
    expect(matches).toContain('http://127.0.0.1/*');
    expect(matches).toContain('http://localhost/*');
  });

  it('names the site of a page by its listed domain, else by host', () => {
    expect(siteOf('https://www.vietnamplus.vn/a-b.vnp')).toBe('vietnamplus.vn');
    expect(siteOf('https://en.qdnd.vn/x')).toBe('qdnd.vn');
    expect(siteOf('https://www.baomoi.com/x')).toBe('baomoi.com');
    expect(siteOf('not a url')).toBe('');
  });

  it('knows which pages the content script is declared for', () => {
    expect(isListedSite('https://tuoitre.vn/abc.htm')).toBe(true);
    expect(isListedSite('https://fake-tuoitre.vn/abc.htm')).toBe(false);
    expect(isListedSite('https://tuoitre.vn.evil.com/abc.htm')).toBe(false);
    expect(isListedSite('http://127.0.0.1:8080/x')).toBe(true);
    expect(isListedSite('file:///home/a.html')).toBe(false);
  });
});
