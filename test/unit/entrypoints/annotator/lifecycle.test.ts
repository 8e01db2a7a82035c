import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeStaleUi, watchLifecycle } from '@/entrypoints/annotator/lifecycle';

/** A window whose once-a-second check the test runs by hand. */
function fakeWindow(href: string) {
  let tick: () => void = () => undefined;
  const win = {
    location: { href },
    navigation: new EventTarget(),
    setInterval: vi.fn((fn: () => void) => {
      tick = fn;
      return 1;
    }),
    clearInterval: vi.fn(),
  };
  return { win: win as unknown as Window, location: win.location, navigation: win.navigation, tick: () => tick(), cleared: win.clearInterval };
}

describe('what ends or restarts the page’s annotation', () => {
  const id = fakeBrowser.runtime.id;
  afterEach(() => {
    fakeBrowser.runtime.id = id;
  });

  it('forged events change nothing; only a real change of address restarts it', () => {
    const page = fakeWindow('https://nhandan.vn/a.html');
    const events = { onNavigate: vi.fn(), onOrphaned: vi.fn() };
    watchLifecycle(page.win, events);
    page.navigation.dispatchEvent(new Event('navigatesuccess'));
    page.tick();
    expect(events.onNavigate).not.toHaveBeenCalled();
    page.location.href = 'https://nhandan.vn/b.html';
    page.navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(events.onNavigate).toHaveBeenCalledTimes(1);
    page.tick();
    expect(events.onNavigate).toHaveBeenCalledTimes(1);
    expect(events.onOrphaned).not.toHaveBeenCalled();
  });

  it('the extension going away (runtime.id gone) orphans it, once, and stops the watching', () => {
    const page = fakeWindow('https://nhandan.vn/a.html');
    const events = { onNavigate: vi.fn(), onOrphaned: vi.fn() };
    watchLifecycle(page.win, events);
    page.tick();
    expect(events.onOrphaned).not.toHaveBeenCalled();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    page.tick();
    expect(events.onOrphaned).toHaveBeenCalledTimes(1);
    expect(page.cleared).toHaveBeenCalled();
  });

  it('a newer script removes the panels and cards an older one left', () => {
    document.body.innerHTML = '<p>bài</p>';
    document.documentElement.append(document.createElement('ttdn-panel'), document.createElement('ttdn-card'));
    removeStaleUi(document);
    expect(document.querySelectorAll('ttdn-panel, ttdn-card').length).toBe(0);
    expect(document.body.textContent).toBe('bài');
  });
});
