import { describe, expect, it } from 'vitest';
import { grantedScopes, holdsScope, removeScope, requestScope, scopeOrigins, type PermissionRequestApi } from '@/lib/site/permissions';
import { ALL_VN_ORIGINS, contentScriptMatches } from '@/lib/site/sites';

function fakePermissions(answer: boolean) {
  const asked: { origins: string[] }[] = [];
  const removed: { origins: string[] }[] = [];
  const api: PermissionRequestApi = {
    request: async (p) => (asked.push(p), answer),
    remove: async (p) => (removed.push(p), true),
    contains: async () => answer,
  };
  return { api, asked, removed };
}

describe('asking for a scope', () => {
  it('"Enable all .vn" asks for every .vn host, nothing wider', async () => {
    const permissions = fakePermissions(true);
    await expect(requestScope(permissions.api, { kind: 'all-vn' })).resolves.toBe(true);
    expect(permissions.asked).toEqual([{ origins: [...ALL_VN_ORIGINS] }]);
    expect(permissions.asked[0]!.origins).toContain('*://*.vn/*');
    expect(permissions.asked[0]!.origins).not.toContain('*://*/*');
  });

  it('"Always annotate this site" asks for that one host only, whatever the path or port', async () => {
    const permissions = fakePermissions(false);
    await expect(requestScope(permissions.api, { kind: 'site', url: 'https://tin.example.org:8443/bai/1?x=2' })).resolves.toBe(false);
    expect(permissions.asked).toEqual([{ origins: ['*://tin.example.org/*'] }]);
  });

  it('asks nothing for a page that is not on the web', async () => {
    const permissions = fakePermissions(true);
    await expect(requestScope(permissions.api, { kind: 'site', url: 'chrome://extensions/' })).resolves.toBe(false);
    await expect(holdsScope(permissions.api, { kind: 'site', url: 'file:///tmp/a.html' })).resolves.toBe(false);
    expect(permissions.asked).toEqual([]);
    expect(scopeOrigins({ kind: 'site', url: 'about:blank' })).toEqual([]);
  });
});

describe('the granted scopes the options page lists', () => {
  const declared = contentScriptMatches();

  it('shows all of .vn as one entry and each site as its own, never the installed list', () => {
    const scopes = grantedScopes([...declared, ...ALL_VN_ORIGINS, '*://www.example.com/*', '*://tin.example.org/*'], declared);
    expect(scopes.map((s) => [s.kind, s.label])).toEqual([
      ['all-vn', '*.vn'],
      ['site', 'tin.example.org'],
      ['site', 'www.example.com'],
    ]);
    expect(scopes[0]!.origins).toEqual([...ALL_VN_ORIGINS]);
  });

  it('removing a scope gives back exactly its permissions', async () => {
    const permissions = fakePermissions(true);
    const [site] = grantedScopes(['*://www.example.com/*'], declared);
    await removeScope(permissions.api, site!);
    expect(permissions.removed).toEqual([{ origins: ['*://www.example.com/*'] }]);
  });
});
