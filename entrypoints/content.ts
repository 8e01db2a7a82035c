import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '@/lib/matcher/analyze';
import { request } from '@/lib/messages';
import { contentScriptMatches, siteOf } from '@/lib/sites';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  async main() {
    const text = document.body?.innerText ?? '';
    const analysis = analyze(text);
    const host = document.createElement('ttdn-panel');
    host.dataset.state = 'analysing';
    document.documentElement.append(host);
    try {
      await request({
        type: 'page:analysed',
        page: {
          url: location.href,
          title: document.title.slice(0, 1000),
          site: siteOf(location.href),
          officials: analysis.officials.length,
          directives: analysis.directives.length,
          isForeignInfo: analysis.foreignInfo.isForeignInfo,
          score: analysis.foreignInfo.score,
        },
      });
      host.dataset.state = 'ready';
    } catch {
      host.dataset.state = 'error';
    }
  },
});
