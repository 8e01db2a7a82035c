import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoot } from '../../../helpers/render-root';
import { Onboarding } from '@/components/onboarding/Onboarding';
import { SampleArticle } from '@/components/onboarding/SampleArticle';
import type { Lang } from '@/lib/i18n/i18n';
import type { Analysis } from '@/lib/matcher/types';
import { NEWS_SITES } from '@/lib/site/sites';

const rootOf = renderRoot();
let root: HTMLElement;
beforeEach(() => (root = rootOf()));

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const show = (lang: Lang, onLang = vi.fn()) => {
  render(<Onboarding lang={lang} onLang={onLang} />, root);
  return onLang;
};

describe('the onboarding page', () => {
  it('annotates the sample with the real matcher: officials and directives marked, the verdict with its threshold', () => {
    show('vi');
    const officials = texts('.sample-text mark[data-kind="official"]');
    expect(officials).toEqual(expect.arrayContaining(['Phan Xuân Thủy', 'Bùi Đức Hinh', 'Nguyễn Văn Kỷ']));
    expect(texts('.sample-text mark[data-kind="directive"]')).toEqual(['Nghị quyết số 47/NQ-CP', 'Kết luận số 57- KL/TW']);
    expect(texts('.verdict h3')).toEqual(['Bài viết về thông tin đối ngoại']);
    expect(root.querySelector('.verdict .score')?.textContent).toMatch(/^Điểm \d+% — trên ngưỡng 50%$/);
    expect(texts('.evidence li')[0]).toMatch(/^thông tin đối ngoại cụm từ, \d+ lần$/);
    expect(root.querySelector('.directives')?.textContent).toContain('57-KL/TW — Kết luận, Bộ Chính trị, 15/6/2023');
    expect(root.querySelector('.badge')?.textContent).toBe(String(officials.length + 2));
  });

  it('says the sample’s verdict in one line and folds the annotated sample behind a disclosure that names it', () => {
    show('vi');
    expect(root.querySelector('.sample-verdict')?.textContent).toMatch(/^Bài viết về thông tin đối ngoại\. Điểm \d+% — trên ngưỡng 50%\.$/);
    const sample = root.querySelector('.sample-text')!.closest('details')!;
    expect(sample.open).toBe(false);
    expect(sample.querySelector('summary')?.textContent).toBe('Xem bài mẫu được đánh dấu');
    expect(sample.querySelector('.verdict')).not.toBeNull();
    show('en');
    expect(root.querySelector('.sample-verdict')?.textContent).toMatch(/^About foreign-information work\. Score \d+%, above the 50% threshold\.$/);
    expect(root.querySelector('.sample-open summary')?.textContent).toBe('See the annotated sample');
  });

  it('finds the sites it runs on by itself by search, not as a wall of names, and says how to add one or every .vn site', async () => {
    show('vi');
    expect(texts('.sites li')).toEqual([]);
    const search = root.querySelector<HTMLInputElement>('.site-search input')!;
    expect(search.closest('label')?.textContent).toBe(`Tìm trong ${NEWS_SITES.length} trang báo đã liệt kê`);
    search.value = 'VIETNAM plus';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(texts('.sites li')).toContain('vietnamplus.vn');
    const text = root.textContent ?? '';
    expect(text).toContain('“Luôn chú giải trang này”');
    expect(text).toContain('“mọi trang .vn”');
    expect(text).toContain('không gửi gì ra ngoài');
  });

  it('names the clip controls with the words the panel and the context menu use', () => {
    show('en');
    const text = root.textContent ?? '';
    expect(text).toContain('the “Clip article” button in the annotation panel');
    expect(text).toContain('“Clip this article to the collection”');
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+L');
    expect(text).toContain('the puzzle piece');
  });

  it('speaks English when asked, tab title and dates included', async () => {
    show('en');
    expect(texts('h1')).toEqual(['The foreign-information news annotator is ready']);
    // The tab title and the page's language follow once the page has rendered.
    await vi.waitFor(() => expect(document.title).toBe('Getting started — Foreign-information news annotator'));
    expect(document.documentElement.lang).toBe('en');
    expect(texts('.verdict h3')).toEqual(['About foreign-information work']);
    expect(root.querySelector('.directives')?.textContent).toContain('15 Jun 2023');
  });

  it('switches language with real buttons that say which one is on', () => {
    const onLang = show('vi');
    const [vietnamese, english] = [...root.querySelectorAll<HTMLButtonElement>('.lang-switch button')];
    expect(vietnamese?.getAttribute('aria-pressed')).toBe('true');
    expect(english?.getAttribute('aria-pressed')).toBe('false');
    english!.click();
    expect(onLang).toHaveBeenCalledWith('en');
  });
});

describe('the sample article', () => {
  it('inserts the page text as text, never as HTML', () => {
    const text = '<img src=x onerror="alert(1)"> ông <b>Lê Hải Bình</b>';
    const analysis: Analysis = {
      foreignInfo: { isForeignInfo: false, score: 0.2, evidence: [{ kind: 'term', label: '<i>đối ngoại</i>', weight: 1, count: 1 }] },
      officials: [{ name: '<b>Lê Hải Bình</b>', titles: ['<script>x</script>'], mentions: [{ start: 35, end: 53 }] }],
      directives: [],
    };
    render(<SampleArticle lang="vi" text={text} analysis={analysis} threshold={0.5} />, root);
    expect(root.querySelector('img[src="x"], b, i, script')).toBeNull();
    expect(root.querySelector('.sample-text')?.textContent).toBe(text);
    expect(texts('mark[data-kind="official"]')).toEqual(['<b>Lê Hải Bình</b>']);
    // No directive found: the list says so.
    expect(root.querySelector('[aria-labelledby="sample-directives"]')?.textContent).toContain('Không có');
    // A score under the threshold says so.
    expect(texts('.verdict h3')).toEqual(['Không phải bài về thông tin đối ngoại']);
    expect(root.querySelector('.score')?.textContent).toBe('Điểm 20% — dưới ngưỡng 50%');
  });
});

describe('the .vn grant on the first-run page', () => {
  const grantButton = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Bật cho mọi trang .vn');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Waits for the permission check's answer to render (a few turns of the event loop). */
  const offered = async () => {
    for (let i = 0; i < 50 && !grantButton(); i++) await settle();
    return grantButton();
  };

  it('asks for exactly all of .vn from the click, and says what happened', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    show('vi');
    (await offered())!.click();
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.vn/*'] });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Đã cho phép: tiện ích tự chú giải bài báo ở mọi trang .vn.');
    expect(grantButton()).toBeUndefined();
  });

  it('says a refusal changed nothing, and keeps the offer', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    show('vi');
    (await offered())!.click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Chưa được cho phép; không có gì thay đổi.');
    expect(grantButton()).toBeDefined();
  });

  it('offers nothing when it is already granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    show('vi');
    for (let i = 0; i < 50 && !root.querySelector('[role="status"]'); i++) await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Đã cho phép: tiện ích tự chú giải bài báo ở mọi trang .vn.');
    expect(grantButton()).toBeUndefined();
  });
});
