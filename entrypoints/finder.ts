/**
 * The finder: injected by the background where the bootstrap saw something that may be
 * an article. It reads the user's switch for the site, runs the article finder in idle
 * slices, and only on an article asks for the annotator (entrypoints/annotator/).
 * It changes nothing in the page; its decision goes into the bootstrap's record, which
 * the popup reads.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { LoadAnnotatorRequest, LoadReply } from '@/lib/background/annotator-load';
import { Aborted, runSliced } from '@/lib/dom/schedule';
import { ANNOTATOR_INSTANCE, BOOTSTRAP_GLOBAL, FINDER_GLOBAL, pageApi, sharedArticleFinder, type BootstrapRecord, type FinderHandle } from '@/lib/messaging/page-state';
import type { Settings } from '@/lib/settings/settings';
import { annotatesSite, hostSite } from '@/lib/settings/site-switch';

type Globals = typeof globalThis & { [BOOTSTRAP_GLOBAL]?: BootstrapRecord; [FINDER_GLOBAL]?: FinderHandle; [ANNOTATOR_INSTANCE]?: unknown };

/** The settings item as lib/settings/settings.ts stores it ('local:settings'), with its defaults for these two keys. */
const readSwitch = (raw: unknown): Pick<Settings, 'paused' | 'disabledSites'> => {
  const value = (raw ?? {}) as Partial<Settings>;
  return { paused: value.paused === true, disabledSites: Array.isArray(value.disabledSites) ? value.disabledSites : [] };
};

export default defineUnlistedScript(() => {
  const globals = globalThis as Globals;
  const running = globals[FINDER_GLOBAL];
  if (running) return running.probe();
  const record = (globals[BOOTSTRAP_GLOBAL] ??= { state: 'analysing' });
  const annotatorRuns = () => globals[ANNOTATOR_INSTANCE] !== undefined;
  const api = pageApi();
  const site = hostSite(location.href);
  let run: AbortController | null = null;
  let watching = false;

  const probe = async (): Promise<void> => {
    run?.abort();
    if (annotatorRuns()) return;
    const controller = (run = new AbortController());
    record.state = 'analysing';
    try {
      const settings = readSwitch((await api.storage.local.get('settings')).settings);
      watchSettings();
      if (!annotatesSite(settings, site)) {
        record.state = 'off';
        return;
      }
      const article = await runSliced(sharedArticleFinder()(document), { signal: controller.signal });
      if (!article) {
        record.state = 'no-article';
        return;
      }
      const request: LoadAnnotatorRequest = { type: 'annotator:load' };
      const reply = (await api.runtime.sendMessage(request)) as LoadReply | undefined;
      if (!reply?.ok) record.state = 'error';
    } catch (error) {
      // Aborted: a newer look took over. Anything else (the extension reloaded under us): say so if asked.
      if (!(error instanceof Aborted)) record.state = 'error';
    }
  };

  /** Turned back on for this site (from the popup or options): look again. */
  const watchSettings = () => {
    if (watching) return;
    watching = true;
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !changes.settings || annotatorRuns()) return;
      if (annotatesSite(readSwitch(changes.settings.newValue), site)) {
        if (record.state === 'off') void probe();
      } else record.state = 'off';
    });
  };

  globals[FINDER_GLOBAL] = { probe: () => void probe() };
  void probe();
});
