import { render } from 'preact';
import { useLang } from '@/components/collection/useLang';
import { useTabTitle } from '@/components/collection/useTabTitle';
import { Options } from '@/components/options/Options';
import { optionsStrings } from '@/components/options/strings';

function App() {
  const lang = useLang();
  useTabTitle(optionsStrings(lang)('title'), lang);
  return <Options />;
}

render(<App />, document.getElementById('app')!);
