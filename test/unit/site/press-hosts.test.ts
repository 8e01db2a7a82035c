/**
 * The installed list's data: each entry a well-formed registrable host whose family
 * (the host and its subdomains) the manifest may declare without widening the install
 * warning. A public suffix (`hanoi.vn`, `gov.vn`, `blogspot.com`) would: its wildcard
 * covers sites nobody reviewed, and Chromium warns "all websites". tldts carries the
 * Public Suffix List, its private part included. The browser's own warning is checked in
 * test/e2e/install-warning.test.ts.
 */
import { getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { PRESS_GROUPS, PRESS_HOSTS } from '@/lib/site/press-hosts';

const groups = Object.entries(PRESS_GROUPS);

describe('the installed list as data', () => {
  it('every group says where its names come from and when', () => {
    for (const [name, group] of groups) {
      expect(group.source.length, name).toBeGreaterThan(20);
      expect(group.date, name).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      expect(group.hosts.length, name).toBeGreaterThan(0);
    }
  });

  it('every entry is a lower-case host name, no scheme, no path, no www., no wildcard', () => {
    for (const host of PRESS_HOSTS) {
      expect(host).toMatch(/^(?!www\.)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
    }
  });

  it('no entry is a public suffix, ICANN or private', () => {
    for (const host of PRESS_HOSTS) {
      expect(getPublicSuffix(host, { allowPrivateDomains: true }), host).not.toBe(host);
    }
  });

  it('no entry is listed twice, in one group or in two', () => {
    const all = groups.flatMap(([, group]) => group.hosts);
    const twice = all.filter((host, i) => all.indexOf(host) !== i);
    expect(twice).toEqual([]);
  });

  it('no entry sits inside another entry’s family (it would be listed for nothing)', () => {
    const inside = PRESS_HOSTS.filter((host) => PRESS_HOSTS.some((other) => host.endsWith(`.${other}`)));
    expect(inside).toEqual([]);
  });

  it('holds the families and groups the press system has: Party committees, the Assembly, mass organisations', () => {
    expect(PRESS_GROUPS.PARTY_COMMITTEES.hosts).toContain('dcs.vn');
    expect(PRESS_GROUPS.ASSEMBLY.hosts).toContain('quochoi.vn');
    expect(PRESS_GROUPS.ORGANISATIONS.hosts).toContain('hoinhabaovietnam.vn');
    expect(PRESS_HOSTS.length).toBeGreaterThanOrEqual(260);
  });
});
