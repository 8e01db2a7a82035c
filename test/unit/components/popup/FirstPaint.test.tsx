/**
 * The popup's first frame (before its main code loads) and the hand-over to
 * the full popup: the same newest rows, nothing pressable that does nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirstPaint } from '@/components/popup/FirstPaint';
import { Popup } from '@/components/popup/Popup';
import { readCollectionHead, refreshCollectionHead } from '@/lib/collection/head';
import type { ClippingCard } from '@/lib/clipping/types';
import { saveClipping } from '@/lib/store/clippings';
import { clippingInput } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, setUp, titles } from '../../../helpers/harness';

describe('the popup’s first frame', () => {
  let ui: ReturnType<typeof setUp>;
  let head: ClippingCard[];
  beforeEach(async () => {
    ui = setUp();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, url: 'https://www.vietnamplus.vn/bai.vnp' } as never]);
    await saveClipping(ui.db, clippingInput({ title: 'Bài một' }), 1_000);
    await saveClipping(ui.db, clippingInput({ title: 'Bài hai' }), 2_000);
    await refreshCollectionHead(ui.db);
    head = await readCollectionHead();
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  it('shows the newest rows from the session copy, the collection inert and busy until it has loaded', () => {
    ui.show(<FirstPaint head={head} lang="vi" />);
    expect(titles(ui.container)).toEqual(['Bài hai', 'Bài một']);
    const collection = $(ui.container, '.collection');
    expect(collection.hasAttribute('inert')).toBe(true);
    expect(collection.getAttribute('aria-busy')).toBe('true');
  });

  it('opens the library from its header at once', () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    ui.show(<FirstPaint head={head} lang="en" />);
    button(ui.container, 'Open the library').click();
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/library.html') });
  });

  it('hands over to the full popup with the same rows in its first render, then every card', async () => {
    ui.show(<Popup db={ui.db} lang="vi" head={head} />);
    expect(titles(ui.container)).toEqual(['Bài hai', 'Bài một']);
    expect($(ui.container, '.collection').hasAttribute('inert')).toBe(false);
    await allLoaded(ui.container, 2);
  });
});
