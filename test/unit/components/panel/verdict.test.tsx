/** The panel's verdict a reader can check, the officials' titles and the hover card's particulars. */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoot } from '../../../helpers/render-root';
import { HoverCard } from '@/components/hovercard/HoverCard';
import { Panel, evidenceSides, type PanelModel } from '@/components/panel/Panel';
import type { Lang } from '@/lib/i18n/i18n';
import { createMatcher } from '@/lib/matcher/matcher';
import type { Analysis, Directive, ForeignInfoVerdict, Official } from '@/lib/matcher/types';
import { scoreTopic } from '@/lib/matcher/topic';

const official: Official = {
  name: 'Nguyễn Văn A',
  titles: ['UVBTV Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Tuyên giáo Tỉnh ủy'],
  mentions: [{ start: 0, end: 12 }],
};
const verdictNo: ForeignInfoVerdict = {
  isForeignInfo: false,
  score: 0.26,
  weakCapped: true,
  evidence: [
    { kind: 'term', label: 'thông tin đối ngoại', weight: 2, count: 1 },
    { kind: 'term', label: 'chứng khoán', weight: -1.5, count: 3 },
    { kind: 'directive', label: '57-KL/TW', weight: 1, count: 1 },
    { kind: 'term', label: 'bóng đá', weight: -0.5, count: 1 },
  ],
};
const analysis: Analysis = { foreignInfo: verdictNo, officials: [official], directives: [] };
const model = (over: Partial<PanelModel> = {}): PanelModel => ({
  analysis,
  verdict: verdictNo,
  threshold: 0.5,
  categories: { officials: true, directives: true },
  clip: { status: 'idle' },
  collapsed: false,
  guardedClicks: true,
  ...over,
});

const rootOf = renderRoot();
let root: HTMLElement;
beforeEach(() => (root = rootOf()));
const noop = () => undefined;
const showPanel = (lang: Lang, m: PanelModel) =>
  render(<Panel lang={lang} model={m} onSelect={noop} onPreview={noop} onClip={noop} onCollapse={noop} onClose={noop} onDisableSite={noop} onPause={noop} />, root);
const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const userClick = (el: Element) => {
  const click = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  el.dispatchEvent(click);
};

describe('the verdict in words', () => {
  it('says the score, the threshold and which side of it the article is', () => {
    showPanel('vi', model());
    expect(root.querySelector('.verdict .score')!.textContent).toBe('Điểm 26% — dưới ngưỡng 50%: bài không chủ yếu về thông tin đối ngoại');
    showPanel('en', model());
    expect(root.querySelector('.verdict .score')!.textContent).toBe('Score 26% — below the 50% threshold: the article is not mainly about foreign-information work');
    showPanel('vi', model({ verdict: { ...verdictNo, isForeignInfo: true, score: 0.41 }, threshold: 0.4 }));
    expect(root.querySelector('.verdict .score')!.textContent).toBe('Điểm 41% — đạt ngưỡng 40%: bài chủ yếu về thông tin đối ngoại');
  });

  it('lists what pulled the score down as well as what pushed it up, and says when weak terms were capped', () => {
    showPanel('vi', model());
    expect(texts('.evidence .up li')).toEqual(['thông tin đối ngoại (cụm từ ×1)', '57-KL/TW (văn bản ×1)']);
    expect(texts('.evidence .down li')).toEqual(['chứng khoán (cụm từ ×3)', 'bóng đá (cụm từ ×1)']);
    expect(texts('.evidence h4')).toEqual(['Nâng điểm', 'Kéo điểm xuống']);
    expect(root.querySelector('.evidence .capped')!.textContent).toContain('mức trần');
    showPanel('en', model({ verdict: { ...verdictNo, weakCapped: undefined } }));
    expect(texts('.evidence h4')).toEqual(['Pushed the score up', 'Pulled the score down']);
    expect(root.querySelector('.evidence .capped')).toBeNull();
  });

  it('shows no "down" list when nothing pulled the score down', () => {
    expect(evidenceSides([{ kind: 'term', label: 'a', weight: 1, count: 1 }]).down).toEqual([]);
  });
});

describe('the matcher says what pulled down and what was capped', () => {
  it('marks a verdict whose weak terms exceeded the cap, and only then', () => {
    const weak = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `t${i}`, weight: 0.9, count: 1, lead: false }));
    // Weak terms count only beside another strong term: one strong term makes them count.
    const strong = { label: 'thông tin đối ngoại', weight: 3, count: 1, lead: false };
    expect(scoreTopic({ terms: [strong, ...weak(5)], directives: [], officials: [], textLength: 1000, threshold: 0.5 }).weakCapped).toBe(true);
    expect(scoreTopic({ terms: [strong, ...weak(2)], directives: [], officials: [], textLength: 1000, threshold: 0.5 }).weakCapped).toBeUndefined();
  });
});

describe('an official’s titles', () => {
  it('shows the first title with abbreviations written out, and "+2" opens the rest', () => {
    showPanel('vi', model());
    expect(root.querySelector('.officials .sub')!.textContent).toBe('Ủy viên Ban Thường vụ Tỉnh ủy');
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe('+2');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-label')).toBe('Xem thêm 2 chức danh của Nguyễn Văn A');
    expect(root.querySelector('.more-titles')).toBeNull();
    userClick(more);
    return Promise.resolve().then(() => {
      expect(more.getAttribute('aria-expanded')).toBe('true');
      expect(texts('.more-titles li')).toEqual(['Phó Chủ tịch Ủy ban nhân dân tỉnh', 'Trưởng Ban Tuyên giáo Tỉnh ủy']);
    });
  });

  it('the hover card lists every title, written out', () => {
    render(<HoverCard lang="en" subject={{ kind: 'official', official }} />, root);
    expect(texts('.titles li')).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'Trưởng Ban Tuyên giáo Tỉnh ủy']);
  });
});

describe('a directive’s particulars', () => {
  const directive: Directive = {
    id: '16-KL/TW',
    kind: 'Kết luận',
    issuer: 'Bộ Chính trị',
    date: '2020-06-29',
    subject: 'về Chiến lược phát triển thông tin đối ngoại',
    mentions: [],
    from: { subject: 'reference', date: 'reference' },
  };

  it('writes the date as the language does and marks what the reference list gave', () => {
    render(<HoverCard lang="vi" subject={{ kind: 'directive', directive }} />, root);
    expect(texts('dd')).toEqual(['Kết luận', 'Bộ Chính trị', '29/6/2020 (theo danh mục tham chiếu)', 'về Chiến lược phát triển thông tin đối ngoại (theo danh mục tham chiếu)']);
    expect(root.querySelector('.note')!.textContent).toContain('bài mẫu');
    render(<HoverCard lang="en" subject={{ kind: 'directive', directive }} />, root);
    expect(texts('dd')[2]).toBe('29 Jun 2020 (from the reference list)');
  });

  it('marks nothing when the article gave every particular', () => {
    render(<HoverCard lang="vi" subject={{ kind: 'directive', directive: { ...directive, from: undefined } }} />, root);
    expect(root.querySelectorAll('[data-from]').length).toBe(0);
    expect(root.querySelector('.note')).toBeNull();
  });

  it('the matcher takes this article’s particulars first and says which came from the lexicon', () => {
    const lexicon = {
      version: 1 as const,
      sources: [],
      officials: [],
      directives: [{ id: '57-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị', date: '2023-06-15', subject: 'về thông tin đối ngoại trong tình hình mới', sources: [] }],
      organisations: [],
      titleHeads: [],
      topicTerms: [],
      topicDirectives: [],
    };
    const own = createMatcher(lexicon).analyze('Thực hiện Kết luận số 57-KL/TW về tăng cường công tác tuyên truyền biển đảo, cán bộ được tập huấn.').directives[0]!;
    expect(own.subject).toMatch(/^về tăng cường công tác tuyên truyền biển đảo/);
    expect(own.date).toBe('2023-06-15');
    expect(own.from).toEqual({ issuer: 'reference', date: 'reference' });
    const bare = createMatcher(lexicon).analyze('quán triệt Kết luận 57-KL/TW.').directives[0]!;
    expect(bare.subject).toBe('về thông tin đối ngoại trong tình hình mới');
    expect(bare.from).toEqual({ issuer: 'reference', date: 'reference', subject: 'reference' });
  });
});
