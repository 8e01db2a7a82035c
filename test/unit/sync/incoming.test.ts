/** What a document from the server must be before it is applied (lib/sync/incoming.ts). */
import { describe, expect, it } from 'vitest';
import { toExported } from '@/lib/clipping/export-format';
import type { ClippingRecord } from '@/lib/clipping/types';
import { NOTE_SEPARATOR } from '@/lib/clipping/user-words';
import { DOC_KIND, docIdOf } from '@/lib/sync/doc';
import { CLOCK_SKEW_MS } from '@/lib/clipping/clock';
import { checkIncoming } from '@/lib/sync/incoming';
import { clippingInput } from '../../../scripts/support/clippings';

const NOW = Date.UTC(2026, 10, 27, 12);
const url = 'https://baoquocte.vn/mot-bai.html';
const record: ClippingRecord = { ...clippingInput({ url, canonicalUrl: url }), id: 'x', clippedAt: NOW - 1000, updatedAt: NOW - 500, note: 'Ghi chú', tags: [] };
const body = (r: ClippingRecord, kept?: string) => ({ kind: DOC_KIND, clipping: toExported(r), ...(kept ? { kept } : {}) });

describe('a document from the server', () => {
  it('applies under the id its canonical URL gives', async () => {
    const verdict = await checkIncoming({ _id: await docIdOf(url), ...body(record) } as never, NOW);
    expect(verdict).toMatchObject({ ok: true, record: { canonicalUrl: url, note: 'Ghi chú' } });
  });

  it('is refused when copied under another id, or when its URL was rewritten', async () => {
    await expect(checkIncoming({ _id: 'clip-copy', ...body(record) } as never, NOW)).resolves.toEqual({ ok: false, reason: 'wrong-id' });
    const rewritten = { ...record, canonicalUrl: 'https://nhandan.vn/bai-khac.html' };
    await expect(checkIncoming({ _id: await docIdOf(url), ...body(rewritten) } as never, NOW)).resolves.toEqual({ ok: false, reason: 'wrong-id' });
  });

  it('is refused when it breaks the import rules, and left alone when it is not ours', async () => {
    await expect(checkIncoming({ _id: await docIdOf(url), kind: DOC_KIND, clipping: { title: 'only a title' } } as never, NOW)).resolves.toEqual({ ok: false, reason: 'unreadable' });
    await expect(checkIncoming({ _id: 'other-app', kind: 'something-else' } as never, NOW)).resolves.toEqual({ ok: false, reason: null });
  });

  it('cannot be dated in the future beyond a small skew', async () => {
    const year2100 = Date.UTC(2100, 0, 1);
    const verdict = await checkIncoming({ _id: await docIdOf(url), ...body({ ...record, clippedAt: year2100, updatedAt: year2100 }) } as never, NOW);
    expect(verdict).toMatchObject({ ok: true, record: { updatedAt: NOW + CLOCK_SKEW_MS, clippedAt: NOW + CLOCK_SKEW_MS } });
  });

  it('says two people’s notes were kept only when the note holds two', async () => {
    const id = await docIdOf(url);
    await expect(checkIncoming({ _id: id, ...body(record, 'words') } as never, NOW)).resolves.toMatchObject({ ok: true, kept: undefined });
    await expect(checkIncoming({ _id: id, ...body(record, 'admin') } as never, NOW)).resolves.toMatchObject({ ok: true, kept: undefined });
    const two = { ...record, note: `Alice${NOTE_SEPARATOR}Carol` };
    await expect(checkIncoming({ _id: id, ...body(two, 'words') } as never, NOW)).resolves.toMatchObject({ ok: true, kept: 'words' });
  });
});
