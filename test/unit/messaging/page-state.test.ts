import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP_GLOBAL, otherLanguageKey, tabStatus, type StateApis } from '@/lib/messaging/page-state';

const ready = { state: 'ready', page: null, article: null, analysis: null };
const world = globalThis as Record<string, unknown>;

/** The tab as the status reader sees it; this test's own global scope stands in for the tab's isolated world. */
function apis(reply: unknown, refuseInjection = false, session: Record<string, unknown> = {}): StateApis & { injected: number } {
  const api = {
    injected: 0,
    sessionGet: async (key: string) => (key in session ? { [key]: session[key] } : {}),
    sendMessage: async () => {
      if (reply instanceof Error) throw reply;
      return reply;
    },
    executeScript: async ({ func }: { func: () => unknown }) => {
      api.injected++;
      if (refuseInjection) throw new Error('Cannot access contents of the page');
      return [{ result: func() }];
    },
  };
  return api;
}

describe('what the extension did on a tab', () => {
  afterEach(() => {
    delete world[BOOTSTRAP_GLOBAL];
  });

  it('takes the annotator\'s answer when it runs there, without injecting anything', async () => {
    world[BOOTSTRAP_GLOBAL] = { state: 'no-article' };
    const a = apis({ ok: true, value: ready });
    await expect(tabStatus(a, 1)).resolves.toEqual(ready);
    expect(a.injected).toBe(0);
  });

  it('reads the bootstrap\'s decision where the annotator never came', async () => {
    world[BOOTSTRAP_GLOBAL] = { state: 'no-article' };
    await expect(tabStatus(apis(new Error('Receiving end does not exist.')), 1)).resolves.toEqual({ state: 'no-article', page: null, article: null, analysis: null });
  });

  it('reads the background\'s note of another language where nothing of ours runs, for that tab only', async () => {
    const noted = { [otherLanguageKey(3)]: true };
    await expect(tabStatus(apis(undefined, false, noted), 3)).resolves.toEqual({ state: 'other-language', page: null, article: null, analysis: null });
    await expect(tabStatus(apis(undefined, false, noted), 4)).resolves.toBeNull();
  });

  it('is null where nothing of ours runs, or the browser refuses to look', async () => {
    await expect(tabStatus(apis(undefined), 1)).resolves.toBeNull();
    world[BOOTSTRAP_GLOBAL] = { state: 'no-article' };
    await expect(tabStatus(apis(new Error('no receiver'), true), 1)).resolves.toBeNull();
  });
});
