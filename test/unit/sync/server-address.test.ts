/** The options' own check of a sync server's address, and the one host permission it asks for. */
import { describe, expect, it } from 'vitest';
import { checkServerAddress, patternCoversHost, permissionServesOthers } from '@/lib/sync/server-address';

describe('the sync server address', () => {
  it('takes https anywhere, and asks for that host only, without port or path', () => {
    expect(checkServerAddress('https://couch.example.org')).toEqual({ ok: true, url: 'https://couch.example.org', pattern: 'https://couch.example.org/*' });
    expect(checkServerAddress('  https://couch.example.org:6984/team/  ')).toEqual({
      ok: true,
      url: 'https://couch.example.org:6984/team',
      pattern: 'https://couch.example.org/*',
    });
  });

  it('takes http on this machine only: 127.0.0.1, localhost, [::1]', () => {
    expect(checkServerAddress('http://127.0.0.1:5984')).toMatchObject({ ok: true, url: 'http://127.0.0.1:5984', pattern: 'http://127.0.0.1/*' });
    expect(checkServerAddress('http://localhost:5984/')).toMatchObject({ ok: true, pattern: 'http://localhost/*' });
    expect(checkServerAddress('http://[::1]:5984')).toMatchObject({ ok: true, url: 'http://[::1]:5984', pattern: 'http://[::1]/*' });
  });

  it('refuses http to any other host as insecure', () => {
    for (const url of ['http://couch.example.org', 'http://192.168.1.20:5984', 'http://localhost.example.org', 'http://10.0.0.1']) {
      expect(checkServerAddress(url), url).toEqual({ ok: false, code: 'insecure-url' });
    }
  });

  it('refuses what is not a server address', () => {
    for (const url of ['', 'couch.example.org', 'ftp://couch.example.org', 'https://', 'http//couch.example.org', 'javascript:alert(1)']) {
      expect(checkServerAddress(url), url).toEqual({ ok: false, code: 'bad-url' });
    }
  });

  it('refuses a name or password written into the address, saying so', () => {
    expect(checkServerAddress('https://ana:secret@couch.example.org')).toEqual({ ok: false, code: 'bad-url', credentials: true });
  });
});

describe('the server permission when sync stops', () => {
  it('reads match patterns by scheme and host', () => {
    expect(patternCoversHost('*://*.vn/*', 'https://dongbo.baochinhphu.vn')).toBe(true);
    expect(patternCoversHost('*://couch.example.org/*', 'https://couch.example.org:6984')).toBe(true);
    expect(patternCoversHost('http://couch.example.org/*', 'https://couch.example.org')).toBe(false);
    expect(patternCoversHost('*://example.org/*', 'https://couch.example.org')).toBe(false);
  });

  it('stays when a news scope or the installed list covers the same host, and goes otherwise', () => {
    const url = 'https://couch.example.org';
    expect(permissionServesOthers(url, ['https://couch.example.org/*'], ['*://vnexpress.net/*'])).toBe(false);
    expect(permissionServesOthers(url, ['https://couch.example.org/*', '*://couch.example.org/*'], [])).toBe(true);
    expect(permissionServesOthers('https://dongbo.tuyengiao.vn', ['https://dongbo.tuyengiao.vn/*', '*://*.vn/*'], [])).toBe(true);
    expect(permissionServesOthers('https://sync.vnexpress.net', ['https://sync.vnexpress.net/*'], ['*://*.vnexpress.net/*'])).toBe(true);
  });
});
