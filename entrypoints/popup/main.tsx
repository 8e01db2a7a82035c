import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { AnnotatorDb } from '@/lib/store/db';
import '@/components/collection/collection.css';
import '@/components/sync/sync.css';
import './style.css';
import '@/components/quotes/quotes.css';

const db = new AnnotatorDb();
// Opening starts now, while the page renders its first frame.
void db.open();
render(<Popup db={db} />, document.getElementById('app')!);
