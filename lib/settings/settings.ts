/**
 * User settings, kept in browser.storage.local (small, quick to read in every
 * context). The options page edits them; the content script, popup and
 * library page read them and follow changes live.
 */
import { browser } from 'wxt/browser';
import type { LangSetting } from '../i18n/lang';
import type { ForeignInfoVerdict } from '../matcher/types';

export type Category = 'officials' | 'directives';

export interface Settings {
  /** UI language the reader picked, or 'auto': follow the browser's preferred languages (lib/i18n/lang.ts). */
  lang: LangSetting;
  /** Global pause: no annotation anywhere until turned back on. */
  paused: boolean;
  /** Listed sites (as in lib/site/sites.ts) the user switched off. */
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

/** Where the settings live in storage.local, and where version 1 (written through WXT's storage) kept its version mark. */
const KEY = 'settings';
const VERSION_KEY = 'settings$';
const VERSION = 2;

/**
 * Brings stored settings up to this version, once. Version 1 stored Vietnamese as the
 * default with the first change of any setting, so a stored 'vi' cannot be told from a
 * pick: it becomes 'auto', which is Vietnamese in a Vietnamese browser. Plain
 * storage.local calls, not a storage library: this module runs in the annotator every
 * article page loads, where every kilobyte counts.
 */
export async function migrateSettings(): Promise<void> {
  const got = await browser.storage.local.get([KEY, VERSION_KEY]);
  const stored = got[KEY] as Partial<Settings> | undefined;
  const version = (got[VERSION_KEY] as { v?: number } | undefined)?.v ?? 1;
  if (!stored || version >= VERSION) return;
  await browser.storage.local.set({ [KEY]: { ...stored, lang: stored.lang === 'vi' ? 'auto' : stored.lang }, [VERSION_KEY]: { v: VERSION } });
}

/** Settings with defaults filled in for keys an older version did not store. */
export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get([KEY, VERSION_KEY]);
  const stored = (got[KEY] ?? {}) as Partial<Settings>;
  const version = (got[VERSION_KEY] as { v?: number } | undefined)?.v ?? 1;
  // Read as the migration would write it, whichever context happens to read first.
  const lang = version < VERSION && stored.lang === 'vi' ? 'auto' : stored.lang;
  return { ...DEFAULT_SETTINGS, ...stored, ...(lang ? { lang } : {}) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next, [VERSION_KEY]: { v: VERSION } });
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback({ ...DEFAULT_SETTINGS, ...((changes[KEY]!.newValue ?? {}) as Partial<Settings>) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { annotatesSite } from './site-switch';

/** The matcher's verdict under the user's threshold, when they set one. */
export function verdictWith(verdict: ForeignInfoVerdict, threshold: number | null): ForeignInfoVerdict {
  return threshold === null ? verdict : { ...verdict, isForeignInfo: verdict.score >= threshold };
}
