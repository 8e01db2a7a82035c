import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_FILE, GRANTED_SCRIPT_ID, grantedOrigins, serialSync, syncRegistration, type RegisteredScript, type RegistrationApi } from '@/lib/background/registration';
import { contentScriptMatches } from '@/lib/site/sites';

/** A stand-in for browser.scripting's dynamic registrations, with what the browser keeps. */
function fakeScripting(initial: RegisteredScript[] = []) {
  let scripts = [...initial];
  const calls: string[] = [];
  const api: RegistrationApi = {
    async getRegisteredContentScripts(filter) {
      return scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(added) {
      calls.push(`register ${added.map((s) => s.matches!.join(' ')).join()}`);
      for (const s of added) {
        if (scripts.some((old) => old.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      }
      scripts.push(...added);
    },
    async unregisterContentScripts(filter) {
      calls.push(`unregister ${filter?.ids?.join()}`);
      scripts = scripts.filter((s) => !filter?.ids?.includes(s.id));
    },
  };
  return { api, calls, scripts: () => scripts };
}

const declared = contentScriptMatches();
const grants = (origins: string[]) => ({ getAll: async () => ({ origins: [...declared, ...origins] }) });

describe('content scripts for granted origins', () => {
  it('at start-up, registers the bootstrap for a grant the browser already holds (policy, test build, earlier session)', async () => {
    const scripting = fakeScripting();
    await expect(syncRegistration(scripting.api, grants(['*://*.vn/*']), declared)).resolves.toEqual(['*://*.vn/*']);
    expect(scripting.scripts()).toEqual([
      { id: GRANTED_SCRIPT_ID, matches: ['*://*.vn/*'], js: [BOOTSTRAP_FILE], runAt: 'document_idle', persistAcrossSessions: false },
    ]);
  });

  it('leaves the installed sites to the manifest and registers nothing when nothing more is granted', async () => {
    const scripting = fakeScripting();
    await expect(syncRegistration(scripting.api, grants([]), declared)).resolves.toEqual([]);
    expect(scripting.calls).toEqual([]);
  });

  it('follows a new grant, changes nothing when asked again, and unregisters when the permission is removed', async () => {
    const scripting = fakeScripting();
    await syncRegistration(scripting.api, grants(['*://www.example.com/*']), declared);
    await syncRegistration(scripting.api, grants(['*://www.example.com/*', '*://*.vn/*']), declared);
    await syncRegistration(scripting.api, grants(['*://*.vn/*', '*://www.example.com/*']), declared);
    expect(scripting.scripts()[0]!.matches).toEqual(['*://*.vn/*', '*://www.example.com/*']);
    await syncRegistration(scripting.api, grants([]), declared);
    expect(scripting.scripts()).toEqual([]);
    expect(scripting.calls).toEqual([
      'register *://www.example.com/*',
      `unregister ${GRANTED_SCRIPT_ID}`,
      'register *://*.vn/*,*://www.example.com/*'.replace(',', ' '),
      `unregister ${GRANTED_SCRIPT_ID}`,
    ]);
  });

  it('replaces a stale registration left from before an update', async () => {
    const scripting = fakeScripting([{ id: GRANTED_SCRIPT_ID, matches: ['*://old.example/*'], js: ['content-scripts/old.js'] }]);
    await syncRegistration(scripting.api, grants(['*://*.vn/*']), declared);
    expect(scripting.scripts()).toHaveLength(1);
    expect(scripting.scripts()[0]).toMatchObject({ matches: ['*://*.vn/*'], js: [BOOTSTRAP_FILE] });
  });

  it('a foreign service granted for its whole host gets the bootstrap on its Vietnamese section only', async () => {
    const scripting = fakeScripting();
    await expect(syncRegistration(scripting.api, grants(['*://www.bbc.com/*', '*://www.example.com/*']), declared)).resolves.toEqual([
      '*://www.bbc.com/vietnamese/*',
      '*://www.example.com/*',
    ]);
    expect(scripting.scripts()).toHaveLength(1);
  });

  it('"Vietnamese pages on every site" registers no script for every host: the background routes those pages (language-route.ts)', async () => {
    const scripting = fakeScripting();
    await syncRegistration(scripting.api, grants(['*://*/*', '*://www.example.com/*']), declared);
    expect(scripting.scripts()).toEqual([
      { id: GRANTED_SCRIPT_ID, matches: ['*://www.example.com/*'], js: [BOOTSTRAP_FILE], runAt: 'document_idle', persistAcrossSessions: false },
    ]);
  });

  it('counts only origins beyond the declared ones, once each', () => {
    expect(grantedOrigins(['*://*.vn/*', '*://*.vn/*', '*://nhandan.vn/*', '<all_urls>'], ['*://nhandan.vn/*'])).toEqual(['*://*.vn/*']);
  });

  it('runs no news script on the team’s sync server, whose permission names its scheme', () => {
    const granted = ['https://couch.toasoan.vn/*', 'http://127.0.0.1/*', '*://baodientu.example/*'];
    expect(grantedOrigins(granted, contentScriptMatches())).toEqual(['*://baodientu.example/*']);
  });

  it('never runs two syncs at once, and a failed one does not stop the next', async () => {
    const order: string[] = [];
    let running = 0;
    let n = 0;
    const sync = serialSync(async () => {
      running++;
      expect(running).toBe(1);
      const mine = ++n;
      order.push(`start ${mine}`);
      await new Promise((r) => setTimeout(r, 5));
      order.push(`end ${mine}`);
      running--;
      if (mine === 1) throw new Error('browser said no');
    });
    await Promise.all([sync(), sync(), sync()]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });
});
