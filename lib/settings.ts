/**
 * User settings, kept in browser.storage.local (small, synchronous to read in
 * every context). The options page edits them; the content script, popup and
 * library page read them and follow changes live.
 */
import { storage } from 'wxt/utils/storage';
import type { LangSetting } from './lang';
import type { ForeignInfoVerdict } from './matcher/types';

export type Category = 'officials' | 'directives';

export interface Settings {
  /** UI language the reader picked, or 'auto': follow the browser's preferred languages (lib/lang.ts). */
  lang: LangSetting;
  /** Global pause: no annotation anywhere until turned back on. */
  paused: boolean;
  /** Listed sites (as in lib/sites.ts) the user switched off. */
  disabledSites: string[];
  /** Which kinds of finding are highlighted. */
  categories: Record<Category, boolean>;
  /** Highlight colours (CSS colours) per category. */
  colors: Record<Category, string>;
  /** Topic verdict threshold override in [0, 1]; null uses the calibrated default. */
  topicThreshold: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'auto',
  paused: false,
  disabledSites: [],
  categories: { officials: true, directives: true },
  colors: { officials: '#fde68a', directives: '#bae6fd' },
  topicThreshold: null,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 1 stored Vietnamese as the default with the first change of any setting, so a stored
    // 'vi' cannot be told from a pick: it becomes 'auto', which is Vietnamese in a Vietnamese browser.
    2: (old: Settings) => ({ ...old, lang: old.lang === 'vi' ? 'auto' : old.lang }),
  },
});

/** Settings with defaults filled in for keys an older version did not store. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback({ ...DEFAULT_SETTINGS, ...value }));
}

export { annotatesSite } from './site-switch';

/** The matcher's verdict under the user's threshold, when they set one. */
export function verdictWith(verdict: ForeignInfoVerdict, threshold: number | null): ForeignInfoVerdict {
  return threshold === null ? verdict : { ...verdict, isForeignInfo: verdict.score >= threshold };
}
