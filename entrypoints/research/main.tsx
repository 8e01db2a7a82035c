import { render } from 'preact';
import { ResearchPage } from '@/components/research/ResearchPage';
import { AnnotatorDb } from '@/lib/store/db';
import '@/components/collection/collection.css';
import '@/components/research/research.css';
import '@/components/charts/charts.css';
import '@/components/quotes/quotes.css';

const db = new AnnotatorDb();
void db.open();
render(<ResearchPage db={db} />, document.getElementById('app')!);
