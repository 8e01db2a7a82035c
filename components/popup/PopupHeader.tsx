/**
 * The popup's title row and the door to the library: the same in its first
 * frame (FirstPaint.tsx) and once loaded (Popup.tsx), and working in both.
 */
import { browser } from 'wxt/browser';
import type { popupStrings } from './strings';

export const openLibrary = (hash = '') => void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });

export function PopupHeader({ t }: { t: ReturnType<typeof popupStrings> }) {
  return (
    <header>
      <h1>{t('popupTitle')}</h1>
      <button type="button" class="link" onClick={() => openLibrary()}>
        {t('openLibrary')}
      </button>
    </header>
  );
}
