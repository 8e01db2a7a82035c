/**
 * The popup's entry, kept small: it paints the first frame (the newest rows
 * from the session copy, components/popup/FirstPaint.tsx) and only after that
 * frame loads the rest (./full.tsx: the database, the current tab's checks,
 * filters, search, sync, import and export), which renders the full popup
 * over it. At 10 000 clippings loading all of that first kept the first row
 * waiting about half a second (README, "The popup's first row").
 */
import { render } from 'preact';
import { useHeadSnapshot } from '@/components/collection/useHeadSnapshot';
import { useLang } from '@/components/collection/useLang';
import { FirstPaint } from '@/components/popup/FirstPaint';
import { useAfterPaint } from '@/components/shared/useAfterPaint';
import '@/components/collection/collection.css';
import '@/components/sync/sync.css';
import './style.css';
import '@/components/quotes/quotes.css';

function App() {
  const lang = useLang();
  const head = useHeadSnapshot();
  // The rows first, then the rest.
  const full = useAfterPaint(() => import('./full'), head !== undefined);
  return full ? <full.FullPopup lang={lang} head={head} /> : <FirstPaint head={head} lang={lang} />;
}

render(<App />, document.getElementById('app')!);
