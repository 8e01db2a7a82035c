import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoot } from '../../../helpers/render-root';
import { Panel, type PanelProps } from '@/components/panel/Panel';
import type { Analysis } from '@/lib/matcher/types';

const analysis: Analysis = {
  foreignInfo: { isForeignInfo: true, score: 0.83, evidence: [{ kind: 'term', label: 'thông tin đối ngoại', weight: 3, count: 5 }] },
  officials: [{ name: 'Lê Hải Bình', titles: ['Phó Trưởng Ban Tuyên giáo Trung ương'], mentions: [{ start: 0, end: 11 }] }],
  directives: [{ id: '57-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị', date: null, subject: null, mentions: [{ start: 20, end: 28 }] }],
};

const rootOf = renderRoot();
let root: HTMLElement;
beforeEach(() => (root = rootOf()));
const handlers = () => ({
  onSelect: vi.fn(),
  onPreview: vi.fn(),
  onClip: vi.fn(),
  onCollapse: vi.fn(),
  onClose: vi.fn(),
  onDisableSite: vi.fn(),
  onPause: vi.fn(),
});

function show(props: Partial<PanelProps> & Pick<PanelProps, 'model'>) {
  const all = { lang: 'vi' as const, ...handlers(), ...props };
  render(h(Panel, all), root);
  return all;
}

const model = (over: Partial<PanelProps['model']> = {}): PanelProps['model'] => ({
  analysis,
  verdict: analysis.foreignInfo,
  categories: { officials: true, directives: true },
  clip: { status: 'idle' },
  collapsed: false,
  threshold: 0.5,
  guardedClicks: true,
  ...over,
});


const clipButton = () => root.querySelector<HTMLButtonElement>('button.clip')!;

/** An event as the browser makes it for the user's own input (isTrusted: true); page scripts cannot make these. */
function trustedEvent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const userClick = (el: Element) => el.dispatchEvent(trustedEvent(new MouseEvent('click', { bubbles: true })));
const userFocus = (el: Element) => el.dispatchEvent(trustedEvent(new FocusEvent('focus')));

describe('the panel', () => {
  it('shows the verdict with its score and evidence, and lists the findings', () => {
    show({ model: model() });
    expect(root.querySelector('.verdict')!.textContent).toBe('Bài viết về thông tin đối ngoạiĐiểm 83% — đạt ngưỡng 50%: bài chủ yếu về thông tin đối ngoại');
    expect(root.querySelector('.evidence li')!.textContent).toBe('thông tin đối ngoại (cụm từ ×5)');
    expect([...root.querySelectorAll('button[data-key]')].map((b) => b.getAttribute('data-key'))).toEqual([
      'official:Lê Hải Bình',
      'directive:57-KL/TW',
    ]);
  });

  it('entries scroll to their mention on click and explain themselves on focus', () => {
    const props = show({ model: model() });
    const entry = root.querySelector<HTMLButtonElement>('button[data-key="directive:57-KL/TW"]')!;
    userClick(entry);
    expect(props.onSelect).toHaveBeenCalledWith('directive:57-KL/TW');
    userFocus(entry);
    expect(props.onPreview).toHaveBeenCalledWith('directive:57-KL/TW', entry);
  });

  it('keeps "Lưu" in the clip button\'s name in every state, and says when the article is clipped', () => {
    const props = show({ model: model() });
    expect(clipButton().textContent).toContain('Lưu');
    userClick(clipButton());
    expect(props.onClip).toHaveBeenCalled();
    show({ model: model({ clip: { status: 'saved' } }) });
    expect(clipButton().textContent).toBe('Lưu bài viết');
    // Done: marked for assistive technology, still in the Tab order (a disabled button would leave it, and a page counts the stops).
    expect(clipButton().getAttribute('aria-disabled')).toBe('true');
    expect(clipButton().disabled).toBe(false);
    userClick(clipButton());
    expect(props.onClip).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="status"].clip-state')!.textContent).toBe('Đã lưu vào bộ sưu tập');
    show({ model: model({ clip: { status: 'error', failure: 'quota' } }) });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Không lưu được: Bộ nhớ đầy: bài chưa được lưu; các bài đã lưu vẫn còn nguyên.');
    // After a reload of the extension nobody knows whether it was stored: the panel does not say it failed.
    show({ model: model({ clip: { status: 'error', failure: 'disconnected' } }) });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Tiện ích vừa được cập nhật hoặc tải lại. Hãy tải lại trang này: bảng chú giải sẽ cho biết bài đã được lưu hay chưa.');
  });

  it('speaks English when asked, with "Clip" in the button', () => {
    show({ lang: 'en', model: model() });
    expect(clipButton().textContent).toBe('Clip article');
    expect(root.querySelector('.verdict strong')!.textContent).toBe('About foreign-information work');
  });

  it("gives a directive's kind in English beside the Vietnamese in English only, and counts titles by the plural rules", () => {
    const twoTitles = { ...analysis, officials: [{ ...analysis.officials[0]!, titles: ['Phó Trưởng Ban Tuyên giáo Trung ương', 'Đại biểu Quốc hội'] }] };
    show({ lang: 'en', model: model({ analysis: twoTitles }) });
    expect(root.querySelector('.directives .sub')!.textContent).toBe('Kết luận (Conclusion) · Bộ Chính trị');
    expect(root.querySelector('button.more')!.getAttribute('aria-label')).toBe('Show 1 more title of Lê Hải Bình');
    show({ lang: 'vi', model: model() });
    expect(root.querySelector('.directives .sub')!.textContent).toBe('Kết luận · Bộ Chính trị');
  });

  it('hides the categories the user turned off, and collapses to a small button', () => {
    show({ model: model({ categories: { officials: false, directives: true } }) });
    expect(root.querySelector('.list.officials')).toBeNull();
    const props = show({ model: model({ collapsed: true }) });
    const pill = root.querySelector<HTMLButtonElement>('button.pill')!;
    expect(pill.getAttribute('aria-label')).toBe('Mở bảng chú giải');
    expect(pill.textContent).toBe('TTĐN 2');
    userClick(pill);
    expect(props.onCollapse).toHaveBeenCalledWith(false);
  });

  it('renders page text as text', () => {
    const hostile = { ...analysis, officials: [{ name: '<img src=x onerror=alert(1)>', titles: ['<b>x</b>'], mentions: [] }] };
    show({ model: model({ analysis: hostile }) });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.officials .name')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('acts on no input a page script can make: click(), synthetic clicks, keys and focus', () => {
    const props = show({ model: model() });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.length).toBe(6); // 2 entries, close (to the launcher), clip, turn off here, pause everywhere
    for (const button of buttons) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      button.dispatchEvent(new FocusEvent('focus'));
      button.dispatchEvent(new FocusEvent('blur'));
    }
    for (const handler of Object.values(props).filter((v) => typeof v === 'function')) expect(handler).not.toHaveBeenCalled();
  });

  it('the same controls act on the user’s own click', () => {
    const props = show({ model: model() });
    const byText = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text)!;
    userClick(byText('Tắt trên trang này'));
    expect(props.onDisableSite).toHaveBeenCalledTimes(1);
    userClick(byText('Tạm dừng ở mọi trang'));
    expect(props.onPause).toHaveBeenCalledTimes(1);
    userClick(root.querySelector('button[aria-label="Đóng bảng chú giải"]')!);
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('has the same elements whether or not the article is clipped (a page can measure the host, not read it)', () => {
    const shape = () => [...root.querySelectorAll('*')].map((el) => `${el.localName}.${el.className}`);
    show({ model: model() });
    const idle = shape();
    show({ model: model({ clip: { status: 'saved' } }) });
    // The one-line status is always there; only its words and the button's colour change.
    expect(shape()).toEqual(idle);
    expect(idle).toContain('p.clip-state');
  });

  it('where the browser cannot tell a seen click, carries no consequential control and says where clipping is', () => {
    show({ model: model({ guardedClicks: false }) });
    expect(root.querySelector('button.clip')).toBeNull();
    expect(root.querySelector('footer')).toBeNull();
    expect(root.querySelector('[data-guard]')).toBeNull();
    expect(root.querySelector('.clip-elsewhere')!.textContent).toBe('Lưu bài: bấm nút tiện ích trên thanh công cụ, hoặc Alt+Shift+L.');
  });

  it('marks every consequential control for the seen-click check, and only those', () => {
    show({ model: model() });
    expect([...root.querySelectorAll('[data-guard]')].map((el) => el.textContent)).toEqual(['Lưu bài viết', 'Tắt trên trang này', 'Tạm dừng ở mọi trang']);
    show({ model: model({ refused: true }) });
    expect(root.querySelector('.clip-state')!.textContent).toBe('Chưa nhận cú bấm — hãy bấm lại.');
  });

  it('after an update of the extension, says to reload the page, in the user’s language', () => {
    show({ model: model({ orphaned: true }) });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Tiện ích vừa được cập nhật hoặc tắt đi. Hãy tải lại trang để tiếp tục chú giải.');
    expect(root.querySelector('button')).toBeNull();
    show({ lang: 'en', model: model({ orphaned: true }) });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The extension was updated or turned off. Reload the page to go on annotating.');
  });
});
