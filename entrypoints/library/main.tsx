import { render } from 'preact';
import { useLang } from '@/components/collection/useLang';
import { useTabTitle } from '@/components/collection/useTabTitle';
import { Library } from '@/components/library/Library';
import { libraryStrings } from '@/components/library/strings';
import { AnnotatorDb } from '@/lib/store/db';
import '@/components/collection/collection.css';
import '@/components/sync/sync.css';
import '@/components/charts/charts.css';
import './style.css';

const db = new AnnotatorDb();
// Opening starts now, while the page renders its first frame.
void db.open();
function App() {
  const lang = useLang();
  useTabTitle(libraryStrings(lang)('tabTitle'), lang);
  return <Library db={db} />;
}

render(<App />, document.getElementById('app')!);
