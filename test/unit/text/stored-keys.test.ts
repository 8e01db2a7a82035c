/**
 * What is stored under a key must keep finding its rows: the sync document id
 * (from the canonical URL), the search rows' folded and bare words, the card's
 * official keys and the matcher's key. Pinned as written today (escaped, so the
 * exact code points show); a change here means stored rows or replicated
 * documents would no longer meet, and needs a rows generation bump or a migration.
 */
import { describe, expect, it } from 'vitest';
import { canonicalUrlKey } from '@/lib/clipping/canonical-url';
import { officialPageKey } from '@/lib/clipping/research-row';
import { foldKey } from '@/lib/text/keys';
import { docIdOf } from '@/lib/sync/doc';
import { watchKey } from '@/lib/clipping/watch-key';
import { watchDocId } from '@/lib/sync/watch-doc';
import { bare, bareWords, fold, searchableWords } from '@/lib/text/fold';

describe('stored keys', () => {
  it('gives a canonical URL the same sync document id', async () => {
    expect(canonicalUrlKey("https://baoquocte.vn/thong-tin-doi-ngoai-123.html")).toBe("https://baoquocte.vn/thong-tin-doi-ngoai-123.html");
    expect(await docIdOf("https://baoquocte.vn/thong-tin-doi-ngoai-123.html")).toBe("clip-e372abd59325e6af52d8592f84d30528f1ac04a68e1bda364ebd9c7c96defbfd");
    expect(canonicalUrlKey("HTTPS://WWW.Vietnamplus.vn/Bai-Viet?utm_source=x#top")).toBe("https://www.vietnamplus.vn/Bai-Viet");
    expect(await docIdOf("HTTPS://WWW.Vietnamplus.vn/Bai-Viet?utm_source=x#top")).toBe("clip-a7c1f2b98642a055ad396ac75b6bf760174b9dedf92f0ca0583157221ad3acab");
  });

  it('gives a watched subject the same watch key and sync document id, in NFC and NFD, either tone placement', async () => {
    for (const name of ['Nguy\u1ec5n V\u0103n Th\u1ee7y', 'nguy\u1ec5n v\u0103n thu\u1ef7'.normalize('NFD')])
      expect(await watchDocId(watchKey('official', name))).toBe('watch-388aafbfad311219a71ad60d18a9208d296c68c810cb36c73277b64647622ef6');
    expect(await watchDocId(watchKey('directive', '57-KL/TW'))).toBe('watch-eaa43ddedcebb907f4e2fee4d117d2679fac3bf1fcd3cf809b0264c1c93d3795');
  });

  it('folds search words, bare words, official keys and matching keys as the stored rows hold them, in NFC and NFD, either tone placement', () => {
    expect(fold("H\u00f2a b\u00ecnh, ho\u00e0 b\u00ecnh")).toBe("hoa\u0300 binh\u0300, hoa\u0300 binh\u0300");
    expect(bare("H\u00f2a b\u00ecnh, ho\u00e0 b\u00ecnh")).toBe("hoa binh, hoa binh");
    expect(bareWords(searchableWords(["H\u00f2a b\u00ecnh, ho\u00e0 b\u00ecnh"]))).toBe("hoa binh, binh");
    expect(searchableWords(["H\u00f2a b\u00ecnh, ho\u00e0 b\u00ecnh"])).toBe("hoa\u0300 binh\u0300, binh\u0300");
    expect(officialPageKey("H\u00f2a b\u00ecnh, ho\u00e0 b\u00ecnh")).toBe("hoa\u0300 binh\u0300, hoa\u0300 binh\u0300");
    expect(foldKey("H\u00f2a b\u00ecnh, ho\u00e0 b\u00ecnh")).toBe("h\u00f2a b\u00ecnh, h\u00f2a b\u00ecnh");
    expect(fold("TH\u1ee6Y l\u1ee3i thu\u1ef7")).toBe("thuy\u0309 lo\u031bi\u0323 thuy\u0309");
    expect(bare("TH\u1ee6Y l\u1ee3i thu\u1ef7")).toBe("thuy loi thuy");
    expect(bareWords(searchableWords(["TH\u1ee6Y l\u1ee3i thu\u1ef7"]))).toBe("thuy loi");
    expect(searchableWords(["TH\u1ee6Y l\u1ee3i thu\u1ef7"])).toBe("thuy\u0309 lo\u031bi\u0323");
    expect(officialPageKey("TH\u1ee6Y l\u1ee3i thu\u1ef7")).toBe("thuy\u0309 lo\u031bi\u0323 thuy\u0309");
    expect(foldKey("TH\u1ee6Y l\u1ee3i thu\u1ef7")).toBe("th\u1ee7y l\u1ee3i th\u1ee7y");
    expect(fold("\u1ee6y ban u\u1ef7 ban")).toBe("uy\u0309 ban uy\u0309 ban");
    expect(bare("\u1ee6y ban u\u1ef7 ban")).toBe("uy ban uy ban");
    expect(bareWords(searchableWords(["\u1ee6y ban u\u1ef7 ban"]))).toBe("uy ban");
    expect(searchableWords(["\u1ee6y ban u\u1ef7 ban"])).toBe("uy\u0309 ban");
    expect(officialPageKey("\u1ee6y ban u\u1ef7 ban")).toBe("uy\u0309 ban uy\u0309 ban");
    expect(foldKey("\u1ee6y ban u\u1ef7 ban")).toBe("\u1ee7y ban \u1ee7y ban");
    expect(fold("Nguy\u1ec5n   Tr\u1ecdng Ngh\u0129a")).toBe("nguye\u0302n\u0303 trong\u0323 nghia\u0303");
    expect(bare("Nguy\u1ec5n   Tr\u1ecdng Ngh\u0129a")).toBe("nguyen trong nghia");
    expect(bareWords(searchableWords(["Nguy\u1ec5n   Tr\u1ecdng Ngh\u0129a"]))).toBe("nguyen trong nghia");
    expect(searchableWords(["Nguy\u1ec5n   Tr\u1ecdng Ngh\u0129a"])).toBe("nguye\u0302n\u0303 trong\u0323 nghia\u0303");
    expect(officialPageKey("Nguy\u1ec5n   Tr\u1ecdng Ngh\u0129a")).toBe("nguye\u0302n\u0303 trong\u0323 nghia\u0303");
    expect(foldKey("Nguy\u1ec5n   Tr\u1ecdng Ngh\u0129a")).toBe("nguy\u1ec5n tr\u1ecdng ngh\u0129a");
    expect(fold("\u0110\u00e0 N\u1eb5ng 57-KL/TW")).toBe("\u0111a\u0300 na\u0306ng\u0303 57-kl/tw");
    expect(bare("\u0110\u00e0 N\u1eb5ng 57-KL/TW")).toBe("da nang 57-kl/tw");
    expect(bareWords(searchableWords(["\u0110\u00e0 N\u1eb5ng 57-KL/TW"]))).toBe("da nang 57-kl/tw");
    expect(searchableWords(["\u0110\u00e0 N\u1eb5ng 57-KL/TW"])).toBe("\u0111a\u0300 na\u0306ng\u0303 57-kl/tw");
    expect(officialPageKey("\u0110\u00e0 N\u1eb5ng 57-KL/TW")).toBe("\u0111a\u0300 na\u0306ng\u0303 57-kl/tw");
    expect(foldKey("\u0110\u00e0 N\u1eb5ng 57-KL/TW")).toBe("\u0111\u00e0 n\u1eb5ng 57-kl/tw");
    expect(fold("Nguye\u0302\u0303n Tro\u0323ng Nghi\u0303a")).toBe("nguye\u0302n\u0303 trong\u0323 nghia\u0303");
    expect(bare("Nguye\u0302\u0303n Tro\u0323ng Nghi\u0303a")).toBe("nguyen trong nghia");
    expect(bareWords(searchableWords(["Nguye\u0302\u0303n Tro\u0323ng Nghi\u0303a"]))).toBe("nguyen trong nghia");
    expect(searchableWords(["Nguye\u0302\u0303n Tro\u0323ng Nghi\u0303a"])).toBe("nguye\u0302n\u0303 trong\u0323 nghia\u0303");
    expect(officialPageKey("Nguye\u0302\u0303n Tro\u0323ng Nghi\u0303a")).toBe("nguye\u0302n\u0303 trong\u0323 nghia\u0303");
    expect(foldKey("Nguye\u0302\u0303n Tro\u0323ng Nghi\u0303a")).toBe("nguy\u1ec5n tr\u1ecdng ngh\u0129a");
  });
});
