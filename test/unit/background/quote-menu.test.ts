/**
 * "Giữ làm trích dẫn" from the context menu: the passage goes to the page's
 * clipping (clipped first when it is not yet); a passage not in the article,
 * or a clip that fails, is said on the toolbar button in our own words.
 */
import { describe, expect, it, vi } from 'vitest';
import { quoteFromMenu, type QuoteMenuDeps } from '@/lib/background/quote-menu';
import { RequestError } from '@/lib/messaging/messages';

function deps(over: Partial<QuoteMenuDeps> = {}) {
  const failures: string[] = [];
  const d: QuoteMenuDeps = {
    clippedId: vi.fn(async () => undefined),
    clipTab: vi.fn(async () => ({ id: 'new-clip' })),
    keep: vi.fn(async () => true),
    showFailure: async (_tab, title) => void failures.push(title),
    lang: async () => 'vi',
    ...over,
  };
  return { d, failures };
}

const tab = { id: 7, url: 'https://baoquocte.vn/bai.html' };

describe('keeping a quote from the context menu', () => {
  it('keeps the passage on the clipping the page already has, without clipping again', async () => {
    const { d, failures } = deps({ clippedId: async () => 'held' });
    await quoteFromMenu(tab, 'Các cấp ủy quán triệt', d);
    expect(d.keep).toHaveBeenCalledWith('held', 'Các cấp ủy quán triệt');
    expect(d.clipTab).not.toHaveBeenCalled();
    expect(failures).toEqual([]);
  });

  it('clips the article first when it is not in the collection', async () => {
    const { d } = deps();
    await quoteFromMenu(tab, 'hòa bình', d);
    expect(d.keep).toHaveBeenCalledWith('new-clip', 'hòa bình');
  });

  it('says so when the passage is not in the article, or the clip fails', async () => {
    const notThere = deps({ keep: async () => false });
    await quoteFromMenu(tab, 'menu của trang', notThere.d);
    expect(notThere.failures).toEqual(['Không giữ được trích dẫn: Đoạn đã chọn không nằm trong bài báo.']);
    const noArticle = deps({ clipTab: async () => Promise.reject(new RequestError('x', 'unsupported')) });
    await quoteFromMenu(tab, 'hòa bình', noArticle.d);
    expect(noArticle.failures).toEqual(['Không giữ được trích dẫn: Trang này không có bài báo để lưu (hoặc cần tải lại trang).']);
  });
});
