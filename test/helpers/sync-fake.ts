/** A fake sync engine for the UI tests: answers as the contract says and records what it was asked. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_OFF, SYNC_STATUS_KEY, type SyncControl, type SyncSetup, type SyncStatus } from '@/lib/sync/types';

export function fakeSync(start: SyncStatus = SYNC_OFF) {
  let status = start;
  /** What configure answers, given the setup (connected by default). */
  let answer = (setup: SyncSetup): SyncStatus => ({
    ...SYNC_OFF,
    server: { url: setup.url, database: setup.database, username: setup.username },
    lastSyncedAt: Date.now(),
  });
  // The engine keeps its state in storage.session, where the pages follow it.
  const publish = async (next: SyncStatus) => {
    status = next;
    await fakeBrowser.storage.session.set({ [SYNC_STATUS_KEY]: next });
    return next;
  };
  const control: SyncControl = {
    status: vi.fn(async () => status),
    configure: vi.fn(async (setup: SyncSetup) => {
      const next = answer(setup);
      // A failed test of the connection keeps what was set up before.
      return publish(next.server ? next : { ...status, problem: next.problem });
    }),
    syncNow: vi.fn(async () => publish({ ...status, lastSyncedAt: Date.now(), pending: 0 })),
    stop: vi.fn(async () => publish(SYNC_OFF)),
  };
  return {
    control,
    publish,
    answerWith(next: (setup: SyncSetup) => SyncStatus) {
      answer = next;
    },
  };
}

/** A server already set up, synced two minutes ago, three changes waiting. */
export const setUpStatus = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  ...SYNC_OFF,
  server: { url: 'https://couch.example.org', database: 'ttdn-nhom', username: 'lan' },
  lastSyncedAt: Date.now() - 2 * 60_000 - 5_000,
  pending: 3,
  ...over,
});
