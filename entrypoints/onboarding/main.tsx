import { render } from 'preact';
import { useLang } from '@/components/collection/useLang';
import { Onboarding } from '@/components/onboarding/Onboarding';
import { updateSettings } from '@/lib/settings/settings';
import './style.css';

/** The page follows the language setting; picking a language here sets it for every surface. */
function App() {
  const lang = useLang();
  return <Onboarding lang={lang} onLang={(next) => void updateSettings({ lang: next })} />;
}

render(<App />, document.getElementById('app')!);
