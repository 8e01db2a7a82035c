import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { AnnotatorDb } from '@/lib/store/db';
import '@/components/collection/collection.css';
import './style.css';

render(<Popup db={new AnnotatorDb()} />, document.getElementById('app')!);
