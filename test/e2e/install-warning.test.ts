/**
 * The install warning, as Chromium itself words it: chrome.management.
 * getPermissionWarningsByManifest on the built manifest (production, not the e2e build)
 * must say "a number of websites", never "all websites", however long the installed list.
 * Then each entry's own patterns, one manifest per entry: a family such as *.dcs.vn is
 * named as that site, not as all websites (a public suffix would be). The wide grants
 * the options offer are checked too, so the README's sentences about them stay true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESS_HOSTS } from '../../lib/site/press-hosts';
import { CHROME_BUILD, launchWithExtension, type ExtensionBrowser } from '../../scripts/support/chromium';

let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ext = await launchWithExtension({ locale: 'en-US' });
  page = await ext.openExtensionPage('options.html');
});
afterAll(() => ext?.close());

/** Chromium's warnings for a manifest holding these host permissions. */
const warningsFor = (hostPermissions: string[][]): Promise<string[][]> =>
  page.evaluate(async (lists) => {
    const { chrome } = globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(m: string): Promise<string[]> } } };
    const out: string[][] = [];
    for (const host_permissions of lists) {
      out.push(await chrome.management.getPermissionWarningsByManifest(JSON.stringify({ manifest_version: 3, name: 't', version: '1', host_permissions })));
    }
    return out;
  }, hostPermissions);

const ALL_SITES = /all websites/i;

describe('the install warning', () => {
  it('the built manifest warns "a number of websites", not "all websites"', async () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { host_permissions: string[]; permissions: string[] };
    expect(manifest.host_permissions.length).toBeGreaterThan(500);
    const [warnings] = await page.evaluate(async (m) => {
      const { chrome } = globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(m: string): Promise<string[]> } } };
      return [await chrome.management.getPermissionWarningsByManifest(JSON.stringify(m))];
    }, manifest);
    expect(warnings!.join(' | ')).toMatch(/a number of websites/i);
    expect(warnings!.join(' | ')).not.toMatch(ALL_SITES);
  });

  it('each entry, family patterns included (*.dcs.vn, *.quochoi.vn…), is named as its own site', async () => {
    const lists = PRESS_HOSTS.map((host) => [`*://${host}/*`, `*://*.${host}/*`]);
    const warnings = await warningsFor(lists);
    const wide = PRESS_HOSTS.filter((_, i) => ALL_SITES.test(warnings[i]!.join(' ')));
    expect(wide).toEqual([]);
    expect(warnings[PRESS_HOSTS.indexOf('dcs.vn')]!.join(' ')).toMatch(/dcs\.vn/);
  });

  it('the check can fail: a public suffix (hanoi.vn) or a country warns "all websites", as the wide grants do', async () => {
    const [suffix, country, every] = await warningsFor([['*://*.hanoi.vn/*'], ['*://*.vn/*'], ['*://*/*']]);
    expect(suffix!.join(' ')).toMatch(ALL_SITES);
    expect(country!.join(' ')).toMatch(ALL_SITES);
    expect(every!.join(' ')).toMatch(ALL_SITES);
  });

  it('a foreign service asks for its one host, named as such', async () => {
    const [bbc] = await warningsFor([['*://www.bbc.com/*']]);
    expect(bbc!.join(' ')).toMatch(/www\.bbc\.com/);
    expect(bbc!.join(' ')).not.toMatch(ALL_SITES);
  });
});
