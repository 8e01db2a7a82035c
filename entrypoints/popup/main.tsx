/**
 * The popup's entry, kept small: it paints the first frame (the newest rows
 * from the session copy, components/popup/FirstPaint.tsx) and only after that
 * frame loads the rest (./full.tsx: the database, the current tab's checks,
 * filters, search, sync, import and export), which renders the full popup
 * over it. At 10 000 clippings loading all of that first kept the first row
 * waiting about half a second (README, "The popup's first row").
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useHeadSnapshot } from '@/components/collection/useHeadSnapshot';
import { useLang } from '@/components/collection/useLang';
import { FirstPaint } from '@/components/popup/FirstPaint';
import '@/components/collection/collection.css';
import '@/components/sync/sync.css';
import './style.css';
import '@/components/quotes/quotes.css';

type Full = typeof import('./full');

function App() {
  const lang = useLang();
  const head = useHeadSnapshot();
  const [full, setFull] = useState<Full | null>(null);
  // Effects run after the frame is painted: the rows first, then the rest.
  const read = head !== undefined;
  useEffect(() => {
    if (read) void import('./full').then(setFull);
  }, [read]);
  return full ? <full.FullPopup lang={lang} head={head} /> : <FirstPaint head={head} lang={lang} />;
}

render(<App />, document.getElementById('app')!);
