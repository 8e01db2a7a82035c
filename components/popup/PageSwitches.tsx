/**
 * "Turn off on this site" and "Pause everywhere", in the popup: a page can
 * neither draw over nor click the toolbar's popup, so here these switches need no
 * proof that the reader saw them. The in-page panel carries them only where the
 * browser can tell a seen click (components/panel/seen-click.ts); in Firefox this
 * is their one place.
 */
import { updateSettings, type Settings } from '@/lib/settings/settings';
import { siteOf } from '@/lib/site/sites';
import type { popupStrings } from './strings';

interface Props {
  t: ReturnType<typeof popupStrings>;
  settings: Settings;
  url: string;
  busy: boolean;
  /** Runs the change as the popup's other actions run (busy state, message, a fresh look at the tab). */
  act(work: () => Promise<string | null>): Promise<void>;
}

export function PageSwitches({ t, settings, url, busy, act }: Props) {
  const site = siteOf(url);
  const turnOffHere = () =>
    act(async () => {
      if (!settings.disabledSites.includes(site)) await updateSettings({ disabledSites: [...settings.disabledSites, site] });
      return null;
    });
  const pauseAll = () =>
    act(async () => {
      await updateSettings({ paused: true });
      return null;
    });
  return (
    <p class="page-switches">
      <button type="button" disabled={busy} onClick={() => void turnOffHere()}>
        {t('disableSite')}
      </button>
      <button type="button" disabled={busy} onClick={() => void pauseAll()}>
        {t('pauseAll')}
      </button>
    </p>
  );
}
