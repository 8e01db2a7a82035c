/**
 * The popup's main code, imported by main.tsx once the first frame is
 * painted: it opens the database and renders the full popup.
 */
import { Popup } from '@/components/popup/Popup';
import type { ClippingCard } from '@/lib/clipping/types';
import type { Lang } from '@/lib/i18n/i18n';
import { AnnotatorDb } from '@/lib/store/db';

const db = new AnnotatorDb();
// Opening starts as this module loads, before the popup renders.
void db.open();

export function FullPopup({ lang, head }: { lang: Lang; head?: ClippingCard[] }) {
  return <Popup db={db} lang={lang} head={head} />;
}
