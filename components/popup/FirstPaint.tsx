/**
 * The popup's first frame, painted before its main code has loaded
 * (entrypoints/popup/main.tsx): the header and the collection's first rows
 * (components/collection/FirstRows.tsx). It imports nothing of the database,
 * sync, the current tab's checks, import or export, so the popup's entry
 * stays small; the full popup (Popup.tsx) then renders the same layout over it.
 */
import { FirstRows } from '@/components/collection/FirstRows';
import type { ClippingCard } from '@/lib/clipping/types';
import type { Lang } from '@/lib/i18n/i18n';
import { PopupHeader } from './PopupHeader';
import { popupStrings } from './strings';

export function FirstPaint({ head, lang }: { head: readonly ClippingCard[] | undefined; lang: Lang }) {
  return (
    <main class="popup" lang={lang}>
      <PopupHeader t={popupStrings(lang)} />
      <FirstRows head={head} lang={lang} />
    </main>
  );
}
