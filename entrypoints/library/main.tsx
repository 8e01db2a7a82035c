import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { AnnotatorDb } from '@/lib/store/db';
import '@/components/collection/collection.css';
import './style.css';

const db = new AnnotatorDb();
// Opening starts now, while the page renders its first frame.
void db.open();
render(<Library db={db} />, document.getElementById('app')!);
