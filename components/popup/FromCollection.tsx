/**
 * The popup's "from your collection" section for the tab: the tab's content
 * script hands over its article text ('content:text'), and the background's
 * learnt matcher says what of the collection it names. Nothing of it goes back
 * to the page.
 */
import { browser } from 'wxt/browser';
import { CollectionFindingsView, isEmptyFindings } from '@/components/learn/CollectionFindingsView';
import { learnStrings } from '@/components/learn/strings';
import { useCollectionFindings } from '@/components/learn/useCollectionFindings';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import type { Analysis } from '@/lib/matcher/types';
import type { ContentRequest, ContentResponseMap, Reply } from '@/lib/messaging/messages';

async function askText(tabId: number): Promise<string | null> {
  const message: ContentRequest = { type: 'content:text' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as Reply<ContentResponseMap['content:text']> | undefined;
    return reply?.ok && reply.value ? reply.value.text : null;
  } catch {
    return null;
  }
}

export function FromCollection({ tabId, analysis, lang }: { tabId: number; analysis: Analysis; lang: Lang }) {
  const t = learnStrings(lang);
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void askText(tabId).then((got) => live && setText(got));
    return () => {
      live = false;
    };
  }, [tabId, analysis]);
  const state = useCollectionFindings(text === null ? null : { text, analysis }, [text, analysis]);
  // Nothing from the collection, or nothing to ask about: no section at all.
  if (state?.state !== 'ready' || isEmptyFindings(state.findings)) return null;
  return <CollectionFindingsView findings={state.findings} t={t} lang={lang} />;
}
