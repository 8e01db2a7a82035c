import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/background/router';
import type { PageSummary } from '@/lib/clipping/types';
import { AnnotatorDb } from '@/lib/store/db';
import { contentScript, popup } from '../../helpers/senders-fixtures';

const page: PageSummary = {
  url: 'https://www.vietnamplus.vn/bai-viet.vnp',
  title: 'Tăng cường thông tin đối ngoại',
  site: 'vietnamplus.vn',
  officials: 3,
  directives: 2,
  isForeignInfo: true,
  score: 0.93,
};

describe('background router', () => {
  let db: AnnotatorDb;
  const setBadge = vi.fn(async () => {});
  beforeEach(() => {
    db = new AnnotatorDb(`test-${Math.random()}`);
    setBadge.mockClear();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('answers a ping', async () => {
    const route = createRouter({ db, setBadge });
    await expect(route({ type: 'ping' }, popup)).resolves.toEqual({ ok: true, value: { pong: true } });
  });

  it('stores an analysed page in IndexedDB and sets the tab badge to what was found', async () => {
    const route = createRouter({ db, setBadge });
    await expect(route({ type: 'page:analysed', page }, contentScript(page.url, 7))).resolves.toEqual({ ok: true, value: { recent: 1 } });
    await expect(db.recent.get(page.url)).resolves.toMatchObject({ title: page.title, officials: 3, directives: 2 });
    expect(setBadge).toHaveBeenCalledWith(7, '5');
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'page:analysed'],
    ['an unknown type', { type: 'db:drop' }],
    ['a missing page', { type: 'page:analysed' }],
    ['a javascript: url', { type: 'page:analysed', page: { ...page, url: 'javascript:alert(1)' } }],
    ['a negative count', { type: 'page:analysed', page: { ...page, officials: -1 } }],
    ['a score above 1', { type: 'page:analysed', page: { ...page, score: 3 } }],
    ['a huge title', { type: 'page:analysed', page: { ...page, title: 'x'.repeat(5000) } }],
  ])('refuses %s with an error reply instead of crashing', async (_label, message) => {
    const route = createRouter({ db, setBadge });
    const reply = await route(message, contentScript(page.url, 1));
    expect(reply.ok).toBe(false);
    expect(reply).toHaveProperty('error', expect.stringMatching(/^Invalid message/));
    await expect(db.recent.count()).resolves.toBe(0);
    expect(setBadge).not.toHaveBeenCalled();
  });

  it('does not copy unknown fields from a message into the database', async () => {
    const route = createRouter({ db, setBadge });
    await route({ type: 'page:analysed', page: { ...page, html: '<img src=x onerror=alert(1)>' } }, contentScript(page.url));
    const stored = await db.recent.get(page.url);
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('html');
  });

  it('reports a storage failure as an error reply', async () => {
    const route = createRouter({ db, setBadge });
    vi.spyOn(db.recent, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const reply = await route({ type: 'page:analysed', page }, contentScript(page.url));
    expect(reply).toEqual({ ok: false, code: 'quota', error: expect.stringContaining('Storage is full') });
  });
});
