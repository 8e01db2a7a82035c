/**
 * What the bootstrap does (entrypoints/bootstrap/index.ts; under the every-host grant brought by
 * the background to a page in Vietnamese, lib/background/language-route.ts): the only script every page of the covered sites evaluates
 * (declared for the listed sites in wxt.config.ts; registered for granted origins by the
 * background). Plain script of a few kilobytes, without the browser polyfill: it asks
 * the browser one question (lib/dom/quick-look.ts) and, where the page shows no declared
 * article and no headline (home pages, listings, forms, web apps), stops there without
 * touching any extension API or the page. Where it does, it asks the background for the
 * finder (entrypoints/finder.ts), which brings the annotator only to a real article. Its
 * decision stays in a global the popup reads (lib/messaging/page-state.ts).
 */
import type { LoadAnnotatorRequest, LoadReply } from '@/lib/background/annotator-load';
import { mayHoldArticle } from '@/lib/dom/quick-look';
import { ANNOTATOR_INSTANCE, claimFrame, FINDER_GLOBAL, pageApi, type FinderHandle } from '@/lib/messaging/page-state';

type Globals = typeof globalThis & { [FINDER_GLOBAL]?: FinderHandle; [ANNOTATOR_INSTANCE]?: unknown };

export function runBootstrap(): void {
  const globals = globalThis as Globals;
  const record = claimFrame('analysing');
  if (!record) return;

  const look = () => {
    if (globals[ANNOTATOR_INSTANCE] !== undefined) return; // the annotator follows the page itself
    if (!mayHoldArticle(document)) {
      record.state = 'no-article';
      return;
    }
    record.state = 'analysing';
    const finder = globals[FINDER_GLOBAL];
    if (finder) return finder.probe();
    const request: LoadAnnotatorRequest = { type: 'annotator:load', stage: 'finder' };
    pageApi()
      .runtime.sendMessage(request)
      .then(
        (reply) => {
          if (!(reply as LoadReply | undefined)?.ok) record.state = 'error';
        },
        () => (record.state = 'error'), // the extension reloaded under this page
      );
  };

  // A single-page site swapped the page: look again (Navigation API where there is one, history otherwise).
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', look);
  else addEventListener('popstate', look);
  look();
}
