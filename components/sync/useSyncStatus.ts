/**
 * The sync state, live: the copy the background keeps in storage.session (read
 * at once, then followed through storage.onChanged), and the background's own
 * answer to 'sync:status' on open. null until one of them answers, and for good
 * where sync is not built in (the background refuses the request): surfaces then
 * show nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/messages';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/lib/sync/types';

/** The stored copy, when it looks like a status (storage.session is the background's, but a stale shape must not crash a page). */
function asStatus(value: unknown): SyncStatus | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<SyncStatus>;
  return 'server' in v && typeof v.running === 'boolean' && typeof v.pending === 'number' && typeof v.conflicts === 'number' ? (v as SyncStatus) : null;
}

/** `known`: the background answered, or refused (no sync here): what to show is settled. */
export function useSyncStatus(): { status: SyncStatus | null; known: boolean; setStatus: (status: SyncStatus) => void } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [known, setKnown] = useState(false);
  // A change published after a question was sent is newer than its answer: the message and
  // the storage event travel apart, so the answer may arrive last and must not undo it.
  const published = useRef(0);

  const ask = useCallback(async () => {
    const asked = published.current;
    try {
      const answer = await request({ type: 'sync:status' });
      if (asked === published.current) setStatus(answer);
    } catch {
      // No sync in this background (or it is gone): the stored copy, if any, stays.
    } finally {
      setKnown(true);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void browser.storage.session
      .get(SYNC_STATUS_KEY)
      .then((stored) => {
        const found = asStatus(stored[SYNC_STATUS_KEY]);
        // The background's answer may have come first; it is at least as new.
        if (live && found) {
          setStatus((current) => current ?? found);
          setKnown(true);
        }
      })
      .catch(() => undefined);
    void ask();
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(SYNC_STATUS_KEY in changes)) return;
      const next = asStatus(changes[SYNC_STATUS_KEY]?.newValue);
      published.current++;
      if (next) setStatus(next);
      else void ask();
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, [ask]);

  return { status, known, setStatus };
}

/**
 * The time now, read at every render and at least every half minute, so "2 phút
 * trước" becomes "3 phút trước" on its own and a fresh status is never measured
 * against a stale clock.
 */
export function useNow(everyMs = 30_000): number {
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return Date.now();
}
