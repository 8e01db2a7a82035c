/**
 * Firefox lets an extension page ask for a permission only from a user input
 * handler. The options' Save asks for the sync server's permission synchronously
 * in the submit handler: pressing Enter in the form (real keyboard input over
 * WebDriver BiDi) is such a handler, a script's call is not. Headless, no one can
 * click Firefox's prompt, so its own preference turns the prompt off: Firefox then
 * grants what a user input handler asks for. The set-up points at a port where
 * nothing answers, so it does not take, and the permission is given back.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX, type FirefoxExtension, firefoxWithOptions } from '../helpers/firefox-extension';

/** Nothing listens on the discard port: a set-up there fails at once, with or without the engine. */
const SERVER = 'http://127.0.0.1:9';
const PATTERN = 'http://127.0.0.1/*';

type Permissions = { permissions: { request(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> } };
type PermissionEvents = { permissions: Record<'onAdded' | 'onRemoved', { addListener(f: (p: { origins?: string[] }) => void): void }> };
const held = (page: Page) => page.evaluate((origin) => (globalThis as unknown as { browser: Permissions }).browser.permissions.contains({ origins: [origin] }), PATTERN);

describe.skipIf(!existsSync(FIREFOX))('options: the sync server’s permission in Firefox', () => {
  let firefox: FirefoxExtension | undefined;
  let options: Page;

  beforeAll(async () => {
    firefox = await firefoxWithOptions();
    options = firefox.options;
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('refuses a script’s request, and grants the one Save makes when Enter is pressed in the form, for that server only', async () => {
    const fromScript = options.evaluate(
      (origin) => (globalThis as unknown as { browser: Permissions }).browser.permissions.request({ origins: [origin] }).then(String, (e: Error) => e.message),
      PATTERN,
    );
    await expect(fromScript).resolves.toMatch(/user input handler/);
    await expect(held(options)).resolves.toBe(false);

    // What the browser grants and takes back, as it happens.
    await options.evaluate(() => {
      const api = (globalThis as unknown as { browser: PermissionEvents }).browser.permissions;
      const log: string[] = ((globalThis as unknown as { permissionLog: string[] }).permissionLog = []);
      api.onAdded.addListener((p) => log.push(...(p.origins ?? []).map((o) => `+${o}`)));
      api.onRemoved.addListener((p) => log.push(...(p.origins ?? []).map((o) => `-${o}`)));
    });
    await options.type('input[name="sync-url"]', SERVER);
    await options.type('input[name="sync-database"]', 'ttdn-nhom');
    await options.type('input[name="sync-username"]', 'lan');
    await options.type('input[name="sync-password"]', 'mat-khau');
    await options.keyboard.press('Enter');
    const log = () => options.evaluate(() => (globalThis as unknown as { permissionLog: string[] }).permissionLog);
    // Granted, then given back: nothing answers on that port, so the set-up did not take.
    await expect.poll(log, { timeout: 15_000 }).toEqual([`+${PATTERN}`, `-${PATTERN}`]);
    const message = await options.$eval('.sync-message', (el) => el.textContent ?? '');
    expect(message).not.toContain('You did not allow');
    // The same prompt asked Firefox's consent for what sync sends (the manifest's optional data collection).
    const consent = await options.evaluate(async () => (await (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ data_collection?: string[] }> } } }).browser.permissions.getAll()).data_collection);
    expect(consent?.sort()).toEqual(['authenticationInfo', 'browsingActivity', 'personalCommunications', 'websiteContent']);
  }, 30_000);
});
