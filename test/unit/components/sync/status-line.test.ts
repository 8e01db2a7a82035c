/** What the compact sync line says, in both languages, and a sentence for every problem the engine reports. */
import { describe, expect, it } from 'vitest';
import { SYNC_PROBLEM_CODES, syncStrings } from '@/components/sync/strings';
import { syncLineWords } from '@/components/sync/status-line';
import { formatAgo } from '@/lib/i18n/format-date';
import { SYNC_OFF, type SyncStatus } from '@/lib/sync/types';
import { otherLanguage } from '../../../helpers/languages';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const MIN = 60_000;
const on = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  ...SYNC_OFF,
  server: { url: 'https://couch.example.org', database: 'ttdn-nhom', username: 'lan' },
  ...over,
});

describe('the sync line', () => {
  it('says when it never synced', () => {
    expect(syncLineWords(on(), NOW, 'vi').summary).toBe('Chưa đồng bộ lần nào');
    expect(syncLineWords(on(), NOW, 'en').summary).toBe('Not synced yet');
  });

  it('says how long ago it synced, and how many changes wait', () => {
    const status = on({ lastSyncedAt: NOW - 2 * MIN - 5000, pending: 3 });
    expect(syncLineWords(status, NOW, 'vi').summary).toBe('Đã đồng bộ 2 phút trước · 3 thay đổi đang chờ');
    expect(syncLineWords(status, NOW, 'en').summary).toBe('Synced 2 min ago · 3 changes waiting');
    expect(syncLineWords(on({ lastSyncedAt: NOW - 10_000, pending: 1 }), NOW, 'en').summary).toBe('Synced just now · 1 change waiting');
    expect(syncLineWords(on({ lastSyncedAt: NOW - 10_000 }), NOW, 'vi').summary).toBe('Đã đồng bộ vừa xong');
  });

  it('says when a sync is running', () => {
    expect(syncLineWords(on({ running: true, lastSyncedAt: NOW - 5 * MIN }), NOW, 'vi').summary).toBe('Đang đồng bộ…');
    expect(syncLineWords(on({ running: true, pending: 2 }), NOW, 'en').summary).toBe('Syncing… · 2 changes waiting');
  });

  it('counts the clippings with two people’s notes', () => {
    expect(syncLineWords(on({ conflicts: 2 }), NOW, 'vi').conflicts).toBe('2 bài có ghi chú của hai người');
    expect(syncLineWords(on({ conflicts: 1 }), NOW, 'en').conflicts).toBe('1 clipping has notes from two people');
    expect(syncLineWords(on(), NOW, 'en').conflicts).toBeNull();
  });

  it('says a problem in plain words, with the server’s own words as the detail', () => {
    const words = syncLineWords(on({ lastSyncedAt: NOW - 3 * MIN, problem: { code: 'unauthorized', detail: ' 401 Name or password is incorrect. ' } }), NOW, 'vi');
    expect(words.problem).toEqual({ sentence: 'Sai tên người dùng hoặc mật khẩu.', detail: '401 Name or password is incorrect.' });
    expect(words.summary).toBe('Đã đồng bộ 3 phút trước');
    expect(syncLineWords(on(), NOW, 'vi').problem).toBeNull();
  });

  it('announces the state, never the ticking clock', () => {
    const a = syncLineWords(on({ lastSyncedAt: NOW - 2 * MIN, pending: 3 }), NOW, 'vi').announcement;
    const b = syncLineWords(on({ lastSyncedAt: NOW - 2 * MIN, pending: 3 }), NOW + 5 * MIN, 'vi').announcement;
    expect(a).toBe('Đã đồng bộ xong · 3 thay đổi đang chờ');
    expect(b).toBe(a);
    expect(syncLineWords(on({ problem: { code: 'unreachable', detail: '' } }), NOW, 'en').announcement).toMatch(/^Could not reach the server/);
  });
});

describe('every sync problem', () => {
  it('has a plain sentence in Vietnamese and in English, each its own and in one language', () => {
    expect(SYNC_PROBLEM_CODES).toHaveLength(12);
    for (const lang of ['vi', 'en'] as const) {
      const t = syncStrings(lang);
      const sentences = SYNC_PROBLEM_CODES.map((code) => t(`problem:${code}`));
      for (const [i, sentence] of sentences.entries()) {
        expect(sentence, SYNC_PROBLEM_CODES[i]).toMatch(/^\S.{10,}[.]$/);
        expect(otherLanguage([sentence], lang), SYNC_PROBLEM_CODES[i]).toEqual([]);
      }
      expect(new Set(sentences).size).toBe(sentences.length);
    }
    expect(syncStrings('vi')('problem:forbidden')).toContain('không phải thành viên');
    expect(syncStrings('en')('problem:no-database')).toContain('no database by that name');
  });
});

describe('how long ago', () => {
  it('reads minutes, hours and days, then the day itself', () => {
    expect(formatAgo(NOW - 30_000, NOW, 'vi')).toBe('vừa xong');
    expect(formatAgo(NOW - 59 * MIN, NOW, 'en')).toBe('59 min ago');
    expect(formatAgo(NOW - 60 * MIN, NOW, 'en')).toBe('1 hour ago');
    expect(formatAgo(NOW - 5 * 60 * MIN, NOW, 'vi')).toBe('5 giờ trước');
    expect(formatAgo(NOW - 2 * 24 * 60 * MIN, NOW, 'en')).toBe('2 days ago');
    const old = new Date(2026, 5, 29, 10).getTime();
    expect(formatAgo(old, NOW, 'vi')).toBe('ngày 29/6/2026');
    expect(formatAgo(old, NOW, 'en')).toBe('on 29 Jun 2026');
    // Another machine's clock a little ahead.
    expect(formatAgo(NOW + 90_000, NOW, 'en')).toBe('just now');
  });
});
