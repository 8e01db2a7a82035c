/**
 * The bootstrap on the listed sites and the granted ones (lib/dom/bootstrap-run.ts says
 * what it does): declared in wxt.config.ts, registered by the background.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runBootstrap } from '@/lib/dom/bootstrap-run';

export default defineUnlistedScript(runBootstrap);
