/**
 * Every name is a door: the hover card offers its subject's research page, and
 * only the user's own click opens it (a page script's forged click does nothing).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type CardSubject } from '@/components/hovercard/HoverCard';

const official: CardSubject = { kind: 'official', official: { name: 'Nguyễn Minh Vũ', titles: ['Thứ trưởng'], mentions: [] } as never };
const directive: CardSubject = {
  kind: 'directive',
  directive: { id: '57-KL/TW', kind: 'Kết luận', issuer: null, date: null, subject: null, hasSymbol: true, mentions: [] } as never,
};

function trustedClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('the hover card’s door', () => {
  const box = document.createElement('div');
  document.body.append(box);
  afterEach(() => render(null, box));

  it('opens the official’s or the directive’s page on the user’s click only', () => {
    const onOpen = vi.fn();
    render(<HoverCard lang="vi" subject={official} onOpen={onOpen} />, box);
    const door = box.querySelector('button.open')!;
    expect(door.textContent).toBe('Mở hồ sơ →');
    expect(door.getAttribute('aria-label')).toBe('Mở hồ sơ trong thẻ mới: Nguyễn Minh Vũ');
    (door as HTMLButtonElement).click();
    expect(onOpen).not.toHaveBeenCalled();
    trustedClick(door);
    expect(onOpen).toHaveBeenCalledWith(official);

    render(<HoverCard lang="en" subject={directive} onOpen={onOpen} />, box);
    trustedClick(box.querySelector('button.open')!);
    expect(onOpen).toHaveBeenLastCalledWith(directive);
    expect(box.querySelector('button.open')!.textContent).toBe('Open profile →');
  });
});
