/**
 * Firefox smoke test: web-ext loads the Firefox build into Debian's Firefox ESR
 * (headless); the fixture page checks for the extension's panel itself and
 * reports what it saw back to the local server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFiles, seedPage } from '../support/news-page';
import { startServer, type FixtureServer } from '../support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
/** A .vn host from the installed list. */
const FIREFOX_HOST = 'www.baohatinh.vn';
const WEB_EXT = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'web-ext');

// The page watches for the panel the content script adds once the background
// has answered, presses its clip button (the background stores the clipping in
// IndexedDB, as the user's click would), then posts the outcome to /report.
const SELF_CHECK = `<script>
(function () {
  var started = Date.now();
  function report(result) { fetch('/report', { method: 'POST', body: JSON.stringify(result) }); }
  function clipButton(panel) { return panel.shadowRoot && panel.shadowRoot.querySelector('button.clip'); }
  (function poll() {
    var panel = document.querySelector('ttdn-panel');
    var state = panel && panel.getAttribute('data-state');
    if (state === 'ready' || state === 'error') {
      var officials = CSS.highlights && CSS.highlights.get('ttdn-officials');
      var result = { state: state, highlighted: officials ? officials.size : 0 };
      // A panel with no room beside the article starts as a pill: open it first.
      var pill = panel.shadowRoot && panel.shadowRoot.querySelector('button.pill');
      if (pill) pill.click();
      var clicked = false;
      return (function pollClip() {
        var button = clipButton(panel);
        if (button && !clicked) {
          clicked = true;
          button.click();
        }
        var clip = button && button.getAttribute('data-clip');
        var error = panel.shadowRoot.querySelector('.error');
        if (clip === 'saved' || clip === 'error' || Date.now() - started > 45000) {
          result.clip = clip;
          result.clipError = error ? error.textContent : null;
          return report(result);
        }
        setTimeout(pollClip, 200);
      })();
    }
    if (Date.now() - started > 30000) return report({ state: state || 'absent' });
    setTimeout(poll, 200);
  })();
})();
</script>`;

/** What the page saw: the panel's state, how many officials are highlighted, the clip button's state. */
interface Report {
  state: string;
  highlighted?: number;
  clip?: string | null;
  clipError?: string | null;
}

describe.skipIf(!existsSync(FIREFOX))('the built extension in Firefox', () => {
  let server: FixtureServer;
  let firefox: ChildProcess | undefined;
  let profile: string;
  let report: Promise<Report>;
  let output = '';

  beforeAll(async () => {
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`${FIREFOX_BUILD} not built: run npm run build first`);
    server = await startServer();
    report = new Promise((resolveReport) => {
      server.route('/report', (_req, res, body) => {
        res.writeHead(204).end();
        resolveReport(JSON.parse(body) as Report);
      });
    });
    server.page('/tin/firefox.html', seedPage(seedFiles()[0]!, { tail: SELF_CHECK }));
    // A listed provincial paper's host name, resolved to this machine by Firefox itself
    // (network.dns.localDomains): the build grants nothing on 127.0.0.1 or localhost.
    const url = server.plainAt(FIREFOX_HOST, '/tin/firefox.html');
    profile = mkdtempSync(join(tmpdir(), 'ttdn-firefox-'));
    firefox = spawn(
      WEB_EXT,
      [
        'run',
        '--source-dir', FIREFOX_BUILD,
        '--firefox', FIREFOX,
        '--firefox-profile', profile,
        '--keep-profile-changes', // use our throwaway profile in place: no copy left behind
        '--arg=--headless',
        '--no-reload',
        '--no-input',
        '--start-url', url,
        // Keep Firefox off the network: this machine (and CI) has none.
        '--pref', `network.dns.localDomains=${FIREFOX_HOST}`,
        '--pref', 'app.update.enabled=false',
        '--pref', 'browser.safebrowsing.downloads.remote.enabled=false',
        '--pref', 'network.captive-portal-service.enabled=false',
        '--pref', 'datareporting.policy.dataSubmissionEnabled=false',
        '--pref', 'extensions.getAddons.cache.enabled=false',
      ],
      // Its own process group, so Firefox and its helpers go when the test ends.
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true },
    );
    firefox.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    firefox.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  });

  afterAll(async () => {
    if (firefox?.pid && firefox.exitCode === null) {
      const exited = new Promise((done) => firefox!.once('exit', done));
      process.kill(-firefox.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    }
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('runs the content script, which gets its answer from the background, highlights the officials and clips the article', async () => {
    const timeout = new Promise<Report>((_, reject) =>
      setTimeout(() => reject(new Error(`no report from the page within 60 s; web-ext said:\n${output.slice(-2000)}`)), 60_000),
    );
    const result = await Promise.race([report, timeout]);
    expect(result.state).toBe('ready');
    // The seed names two officials, several times: Firefox paints them with the CSS Highlight API too.
    expect(result.highlighted).toBeGreaterThan(2);
    // Stored by the background in Firefox's IndexedDB (schema 3: each clipping's line as UTF-8 bytes).
    expect({ clip: result.clip, error: result.clipError }).toEqual({ clip: 'saved', error: null });
  });
});
