/**
 * The sync engine in Firefox (Manifest V2: a background page, PouchDB on its
 * IndexedDB): set up through the options form with a pouchdb-server on this
 * machine (http:// on loopback), a clipping made here reaches the server and
 * another member's clipping on the server arrives here.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docIdOf } from '../../lib/sync/doc';
import type { SyncStatus } from '../../lib/sync/types';
import { clippingInput } from '../../scripts/support/clippings';
import { ALICE, type Couch, startCouch, TEAM_DB } from '../../scripts/support/couch';
import { FIREFOX, type FirefoxExtension, firefoxWithOptions } from '../helpers/firefox-extension';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };
const send = async <T>(page: Page, message: unknown): Promise<T> => {
  const reply = await page.evaluate((m) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage(m), message as never);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
};

describe.skipIf(!existsSync(FIREFOX))('team sync in Firefox', () => {
  let couch: Couch;
  let firefox: FirefoxExtension;

  beforeAll(async () => {
    couch = await startCouch();
    firefox = await firefoxWithOptions();
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await couch?.stop();
  });

  it('sends a clipping made here and receives another member’s', async () => {
    const { options } = firefox;
    await options.type('input[name="sync-url"]', couch.url);
    await options.type('input[name="sync-database"]', TEAM_DB);
    await options.type('input[name="sync-username"]', ALICE.name);
    await options.type('input[name="sync-password"]', ALICE.password);
    await options.keyboard.press('Enter');
    await expect.poll(() => options.$eval('fieldset.sync', (el) => el.textContent ?? ''), { timeout: 15_000 }).toContain(TEAM_DB);
    await expect(send<SyncStatus>(options, { type: 'sync:status' })).resolves.toMatchObject({ server: { url: couch.url, database: TEAM_DB, username: ALICE.name }, problem: null });

    // A clipping written here (as undo writes it) goes out.
    const here = clippingInput({ url: 'https://baoquocte.vn/tu-firefox.html', canonicalUrl: 'https://baoquocte.vn/tu-firefox.html' });
    const at = '2024-08-07T02:00:00.000Z';
    await send(options, { type: 'clip:restore', clipping: { ...here, id: 'firefox-1', note: 'từ Firefox', tags: [], clippedAt: at, updatedAt: at } });
    await expect.poll(async () => (await send<SyncStatus>(options, { type: 'sync:now' })).pending, { timeout: 15_000 }).toBe(0);
    const onServer = (await (await couch.admin(`/${TEAM_DB}/_all_docs?include_docs=true`)).json()) as { rows: { doc: { clipping: { canonicalUrl: string; note: string } } }[] };
    expect(onServer.rows.map((r) => r.doc.clipping)).toEqual([expect.objectContaining({ canonicalUrl: here.canonicalUrl, note: 'từ Firefox' })]);

    // Another member's clipping, on the server, comes here.
    const theirs = { ...clippingInput({ url: 'https://nhandan.vn/cua-dong-nghiep.html', canonicalUrl: 'https://nhandan.vn/cua-dong-nghiep.html' }), id: 'colleague-1', note: '', tags: [], clippedAt: at, updatedAt: at };
    // Under the id its article's address gives: a document under any other id is set aside, never applied.
    await couch.admin(`/${TEAM_DB}/${await docIdOf(theirs.canonicalUrl)}`, { method: 'PUT', body: JSON.stringify({ kind: 'ttdn-clipping', clipping: theirs }) });
    await send<SyncStatus>(options, { type: 'sync:now' });
    await expect(send<{ clipped: boolean }>(options, { type: 'clip:status', url: theirs.url })).resolves.toMatchObject({ clipped: true });
  }, 60_000);
});
