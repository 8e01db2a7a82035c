import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { AnnotatorDb } from '@/lib/store/db';
import '@/components/collection/collection.css';
import './style.css';

render(<Library db={new AnnotatorDb()} />, document.getElementById('app')!);
