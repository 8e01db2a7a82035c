/**
 * The bootstrap on the listed sites and the granted ones (./run.ts says
 * what it does): declared in wxt.config.ts, registered by the background.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runBootstrap } from './run';

export default defineUnlistedScript(runBootstrap);
