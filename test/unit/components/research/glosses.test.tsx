/**
 * English that explains: in the English interface the library's cards and the
 * research pages show each directive's kind, issuer and each title in English beside
 * the Vietnamese the article wrote; the Vietnamese interface shows none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '@/components/library/Library';
import { ResearchPage } from '@/components/research/ResearchPage';
import { directiveHref, officialHref } from '@/lib/research/route';
import { saveClipping } from '@/lib/store/clippings';
import { clippingInput, KL57, NGHIA } from '../../../../scripts/support/clippings';
import { allLoaded, setUp } from '../../../helpers/harness';
import { setBrowserLanguages } from '../../../helpers/languages';

const glosses = (root: HTMLElement) => [...root.querySelectorAll('.gloss')].map((g) => g.textContent?.trim());

describe('glosses beside the Vietnamese', () => {
  afterEach(() => {
    location.hash = '';
  });

  async function shown(languages: string[]) {
    setBrowserLanguages(languages);
    const ui = setUp();
    await saveClipping(ui.db, clippingInput({ title: 'Nghĩa quán triệt Kết luận 57', spec: { officials: [NGHIA], directives: [KL57] } }), 1_717_000_000_000);
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 1);
    const card = ui.container.querySelector('.found-directive')!.textContent;
    const pages: Record<string, (string | undefined)[]> = {};
    for (const href of [officialHref(NGHIA.name), directiveHref(KL57.id)]) {
      ui.show(null);
      location.hash = href.slice(href.indexOf('#'));
      ui.show(<ResearchPage db={ui.db} />);
      await vi.waitFor(() => expect(ui.container.querySelector('[data-article-id]')).not.toBeNull(), { timeout: 3000 });
      await vi.waitFor(() => expect(ui.container.querySelector('.reading')).toBeNull(), { timeout: 3000 });
      pages[href] = glosses(ui.container);
    }
    await ui.tearDown();
    return { card, official: pages[officialHref(NGHIA.name)]!, directive: pages[directiveHref(KL57.id)]! };
  }

  it('in English: the card names the kind, the pages the titles, kind and issuer', async () => {
    const { card, official, directive } = await shown(['en-US', 'en']);
    expect(card).toBe('57-KL/TW (Conclusion)');
    expect(official).toContain('(Head of the Central Propaganda and Education Commission)');
    expect(official).toContain('(Secretary of the Party Central Committee)');
    expect(directive).toEqual(expect.arrayContaining(['(Conclusion)', '(Politburo)']));
  });

  it('in Vietnamese: none', async () => {
    const { card, official, directive } = await shown(['vi-VN', 'vi']);
    expect(card).toBe('57-KL/TW');
    expect([...official, ...directive]).toEqual([]);
  });
});
