/**
 * The in-page language check of the "Vietnamese pages on every site" grant, for a page
 * whose language the browser could not tell (lib/background/language-route.ts injects it
 * then; a page the browser finds in Vietnamese gets the bootstrap at once, any other
 * language nothing): the language check (lib/dom/language-check.ts) and nothing else. A
 * page not written in Vietnamese stops there, with its decision left for the popup; a
 * Vietnamese one asks the background for the bootstrap (entrypoints/bootstrap/run.ts),
 * which then goes on as on a listed site. The bootstrap is not bundled here, so a page
 * in another language does not compile it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { LoadAnnotatorRequest, LoadReply } from '@/lib/background/annotator-load';
import { isVietnamesePage } from '@/lib/dom/language-check';
import { claimFrame, pageApi } from '@/lib/messaging/page-state';

export default defineUnlistedScript(() => {
  if (!isVietnamesePage(document)) {
    claimFrame('other-language');
    return;
  }
  const request: LoadAnnotatorRequest = { type: 'annotator:load', stage: 'bootstrap' };
  const failed = () => void claimFrame('error');
  pageApi()
    .runtime.sendMessage(request)
    .then((reply) => (reply as LoadReply | undefined)?.ok || failed(), failed); // failed: the extension reloaded under this page
});
