/**
 * What the compact sync line says, from the engine's status: "Đã đồng bộ 2 phút
 * trước · 3 thay đổi đang chờ", the conflicts to settle, the problem in plain
 * words. Pure, so every wording is tested without a browser.
 */
import { formatAgo } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import type { SyncStatus } from '@/lib/sync/types';
import { problemSentence, setAsideReason, syncStrings } from './strings';

export interface SyncLineWords {
  /** Running, when it last synced (or never), and the changes waiting. */
  summary: string;
  /**
   * "2 bài có ghi chú của hai người", the clippings a delete did not take away
   * because someone edited them, and the documents from the server not applied
   * here, or null when there is nothing to settle.
   */
  conflicts: string | null;
  problem: { sentence: string; detail: string } | null;
  /**
   * What a screen reader hears when it changes: the state without the ticking clock,
   * so "2 min ago" becoming "3 min ago" is not read out every minute.
   */
  announcement: string;
}

export function syncLineWords(status: SyncStatus, now: number, lang: Lang): SyncLineWords {
  const t = syncStrings(lang);
  const count = (n: number, one: 'pendingOne' | 'conflictsOne' | 'restoredOne', many: 'pending' | 'conflicts' | 'restored') =>
    n === 1 ? t(one) : t(many).replace('{n}', String(n));
  const state = status.running
    ? t('running')
    : status.lastSyncedAt === null
      ? t('never')
      : t('synced').replace('{ago}', formatAgo(status.lastSyncedAt, now, lang));
  const pending = status.pending > 0 ? count(status.pending, 'pendingOne', 'pending') : null;
  const problem = status.problem ? { sentence: problemSentence(t, status.problem), detail: status.problem.detail.trim() } : null;
  const aside = status.setAside?.count && status.setAside.latest ? status.setAside : null;
  const asideWords = aside
    ? (aside.count === 1 ? t('setAsideOne') : t('setAside').replace('{n}', String(aside.count))).replace('{reason}', setAsideReason(t, aside.latest!))
    : null;
  const settled = status.running ? t('running') : status.lastSyncedAt === null ? t('never') : t('syncedDone');
  return {
    summary: pending ? `${state} · ${pending}` : state,
    conflicts:
      [
        status.conflicts > 0 ? count(status.conflicts, 'conflictsOne', 'conflicts') : null,
        (status.restored ?? 0) > 0 ? count(status.restored!, 'restoredOne', 'restored') : null,
        asideWords,
      ]
        .filter(Boolean)
        .join(' · ') || null,
    problem,
    announcement: [problem?.sentence ?? settled, pending].filter(Boolean).join(' · '),
  };
}
