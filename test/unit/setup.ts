import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The UI follows the browser's languages until the reader picks one (lib/i18n/lang.ts).
 * Tests read as a Vietnamese reader's browser unless they say otherwise
 * (test/unit/i18n sets other lists).
 */
export const VIETNAMESE_BROWSER = ['vi-VN', 'vi', 'en-US'];

function setLanguages(languages: readonly string[]): void {
  if (typeof navigator === 'undefined') return;
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(navigator, 'language', { value: languages[0], configurable: true });
}

beforeEach(() => {
  fakeBrowser.reset();
  setLanguages(VIETNAMESE_BROWSER);
});
