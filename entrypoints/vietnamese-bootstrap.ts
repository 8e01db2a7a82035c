/**
 * The bootstrap under the "Vietnamese pages on every site" grant (registered by the
 * background for every host the other scripts do not cover): a page not written in
 * Vietnamese stops at the language check (lib/dom/language-check.ts), with its decision
 * left for the popup; a Vietnamese one goes on as on a listed site.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { claimFrame, runBootstrap } from './bootstrap/run';
import { isVietnamesePage } from '@/lib/dom/language-check';

export default defineUnlistedScript(() => {
  if (isVietnamesePage(document)) runBootstrap();
  else claimFrame('other-language');
});
