/**
 * The document ids every team's server already holds. They are hashed by the
 * frozen URL rule (lib/sync/frozen-url-key.ts), not the live one: if one of these
 * changes, every member's documents are orphaned. Never update this fixture;
 * change the live rule (lib/store/canonical-url.ts) instead.
 */
import { describe, expect, it } from 'vitest';
import { docIdOf } from '@/lib/sync/doc';

const PINNED: [string, string][] = [
  ['https://baoquocte.vn/bai-1.html', 'clip-c8bbdab48a3e3daf78fac52fe03ec0b32ccaa03592ed62fe4124804557bfa129'],
  ['https://nhandan.vn/chinh-tri/hoi-nghi-ngoai-giao.html?utm_source=facebook&fbclid=abc#phan-2', 'clip-3b1eb2c80be60145ca86f60ce22a62d2a7e8dfd7936eb8315517cb2e95c01e77'],
  ['https://vnexpress.net/tin?id=5&zarsrc=30', 'clip-31bca7aa8188e55bdfdc3f9d01617b65c8f62d98139c6b87c5f5ce17480b191c'],
  ['https://dangcongsan.vn/thời-sự/hòa-bình.html', 'clip-9bc06aafa958e3276af303da4c0b0965a82726624b098f4332b5b0c424bb3aec'],
  ['https://baochinhphu.vn/ủy-ban.htm?b=2&a=1', 'clip-94f9827bde03123ae8ba0aa5ea7bc62c6d1ccccedea94069c8e75b03c384a155'],
];

describe('the id of an article’s document', () => {
  it.each(PINNED)('stays what it was when sync shipped: %s', async (url, id) => {
    await expect(docIdOf(url)).resolves.toBe(id);
  });

  it('is the same for a share link, an anchor and the article itself', async () => {
    await expect(docIdOf('https://nhandan.vn/chinh-tri/hoi-nghi-ngoai-giao.html')).resolves.toBe(PINNED[1]![1]);
  });
});
