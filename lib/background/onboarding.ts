/**
 * The first run: a fresh install opens the onboarding page (what the extension
 * does, where it works, a live sample). Updates and browser updates open nothing.
 * The background registers it: browser.runtime.onInstalled.addListener(openOnboardingOnInstall).
 */
import { browser, type Browser } from 'wxt/browser';

export const ONBOARDING_PAGE = '/onboarding.html';

export async function openOnboardingOnInstall(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
}
