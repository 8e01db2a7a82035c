import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { AnnotatorDb } from '@/lib/store/db';

render(<Popup db={new AnnotatorDb()} />, document.getElementById('app')!);
