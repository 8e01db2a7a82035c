import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOnboardingOnInstall } from '@/lib/background/onboarding';

const openUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

describe('the first run', () => {
  it('opens the onboarding page in a new tab when the extension is installed', async () => {
    const before = await openUrls();
    await openOnboardingOnInstall({ reason: 'install' });
    expect(await openUrls()).toEqual([...before, 'chrome-extension://test-extension-id/onboarding.html']);
  });

  it.each(['update', 'chrome_update', 'shared_module_update'] as const)('opens nothing on %s', async (reason) => {
    const before = await openUrls();
    await openOnboardingOnInstall({ reason });
    expect(await openUrls()).toEqual(before);
  });
});
