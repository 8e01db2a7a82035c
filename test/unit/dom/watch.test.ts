import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMutations, type Change, type Watcher } from '@/lib/dom/watch';

describe('watching the page for changes that matter', () => {
  let watcher: Watcher;
  let changes: Change[];
  let article: HTMLElement;
  let own: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p id="p">Một đoạn.</p></article><aside id="side"><span id="clock">1</span></aside>';
    article = document.querySelector('article')!;
    own = document.createElement('ttdn-panel');
    document.documentElement.append(own);
    changes = [];
    watcher = watchMutations(document.documentElement, {
      roots: () => [article],
      isOwn: (node) => node === own || own.contains(node),
      onChange: (change) => changes.push(change),
      quietMs: 100,
      maxWaitMs: 500,
      minAddedText: 50,
    });
  });
  afterEach(() => {
    watcher.stop();
    own.remove();
    vi.useRealTimers();
  });

  const settle = async (ms: number) => {
    await Promise.resolve(); // deliver the mutation records
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('reports text changing inside the article once things are quiet', async () => {
    document.getElementById('p')!.firstChild!.textContent = 'Đoạn đã sửa.';
    await settle(50);
    expect(changes).toEqual([]);
    await settle(100);
    expect(changes).toEqual(['article']);
  });

  it('ignores small changes outside the article and our own UI', async () => {
    document.getElementById('clock')!.textContent = '2';
    own.textContent = 'bảng của chúng ta';
    await settle(1000);
    expect(changes).toEqual([]);
  });

  it('reports a sizeable block of content added anywhere as a page change', async () => {
    const more = document.createElement('section');
    more.textContent = 'Một bài viết khác được tải thêm khi người đọc cuộn xuống cuối trang.';
    document.body.append(more);
    await settle(200);
    expect(changes).toEqual(['page']);
  });

  it('batches a node that changes every 10 ms into one run per interval', async () => {
    const p = document.getElementById('p')!;
    for (let i = 0; i < 120; i++) {
      p.textContent = `Lần ${i}`;
      await settle(10);
    }
    // 1.2 s of churn, a run at most every 500 ms.
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.length).toBeLessThanOrEqual(3);
  });

  it('forgets mutations it is told are ours', async () => {
    document.getElementById('p')!.append(document.createTextNode(' thêm'));
    watcher.discard();
    await settle(1000);
    expect(changes).toEqual([]);
  });
});
