/**
 * A watch document from the server is checked before it reaches the watch
 * list: its id must be the one its key gives, its fields those of a star, no
 * key names a prototype, it is small, and its times are clamped. Unknown
 * fields a newer member wrote are carried over; none of the database's own.
 */
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS } from '@/lib/clipping/clock';
import { watchKey } from '@/lib/clipping/watch-key';
import { checkWatchDoc, toWatchDoc, unknownWatchFields, WATCH_DOC_BYTES, watchDocId, withUnknownWatchFields } from '@/lib/sync/watch-doc';

const NOW = Date.UTC(2026, 11, 7);
const row = { key: watchKey('directive', '57-KL/TW'), kind: 'directive' as const, label: '57-KL/TW', starredAt: NOW - 1000 };

describe('a watch document from the server', () => {
  it('is taken when it is a star or a removal under its own id, the label tidied, any spelling meeting one id', async () => {
    const id = await watchDocId(row.key);
    await expect(checkWatchDoc(toWatchDoc(id, row), NOW)).resolves.toEqual({ ok: true, row });
    await expect(checkWatchDoc(toWatchDoc(id, { ...row, removedAt: NOW - 10 }), NOW)).resolves.toEqual({ ok: true, row: { ...row, removedAt: NOW - 10 } });
    expect(await watchDocId(watchKey('official', 'Nguyễn Văn Thủy'))).toBe(await watchDocId(watchKey('official', 'nguyễn văn thuỷ'.normalize('NFD'))));
  });

  it.each([
    ['under another subject’s id', async () => ({ ...toWatchDoc(await watchDocId(watchKey('directive', '47/NQ-CP')), row) }), 'wrong-id'],
    ['of another kind', async () => ({ ...toWatchDoc(await watchDocId(row.key), row), watch: { ...toWatchDoc('x', row).watch, kind: 'site' } }), 'unreadable'],
    ['with an empty label', async () => ({ ...toWatchDoc(await watchDocId(row.key), row), watch: { ...toWatchDoc('x', row).watch, label: '  ' } }), 'unreadable'],
    ['with a date that is no date', async () => ({ ...toWatchDoc(await watchDocId(row.key), row), watch: { ...toWatchDoc('x', row).watch, removedAt: 'hôm qua' } }), 'unreadable'],
    ['naming a prototype', async () => JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(toWatchDoc(await watchDocId(row.key), row)).slice(1)}`), 'unreadable'],
    ['too large', async () => ({ ...toWatchDoc(await watchDocId(row.key), row), padding: 'x'.repeat(WATCH_DOC_BYTES) }), 'unreadable'],
  ])('is refused %s', async (_, make, reason) => {
    await expect(checkWatchDoc(await make(), NOW)).resolves.toEqual({ ok: false, reason });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('has its times clamped to now plus the skew (a removal dated 2100 does not win every later star)', async () => {
    const far = Date.UTC(2100, 0, 1);
    const verdict = await checkWatchDoc(toWatchDoc(await watchDocId(row.key), { ...row, starredAt: far, removedAt: far }), NOW);
    expect(verdict).toEqual({ ok: true, row: { ...row, starredAt: NOW + CLOCK_SKEW_MS, removedAt: NOW + CLOCK_SKEW_MS } });
  });

  it('keeps a newer member’s fields when written on top of, never the database’s own', async () => {
    const id = await watchDocId(row.key);
    const newer = { ...toWatchDoc(id, row), _rev: '2-x', _attachments: { a: 1 }, team: 'báo chí', watch: { ...toWatchDoc(id, row).watch, colour: 'vàng' } };
    const written = withUnknownWatchFields(toWatchDoc(id, { ...row, removedAt: NOW }), unknownWatchFields(newer));
    expect(written).toEqual({ _id: id, kind: 'ttdn-watch', team: 'báo chí', watch: { ...toWatchDoc(id, { ...row, removedAt: NOW }).watch, colour: 'vàng' } });
  });
});
