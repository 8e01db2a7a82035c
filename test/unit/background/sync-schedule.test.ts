import { describe, expect, it, vi } from 'vitest';
import { AFTER_WRITE_MS, SYNC_ALARM, syncSchedule, touchesOutbox } from '@/lib/background/sync-schedule';
import type { SyncEngine } from '@/lib/sync/engine';
import { SYNC_OFF, type SyncStatus } from '@/lib/sync/types';

const SET_UP: SyncStatus = { ...SYNC_OFF, server: { url: 'https://sync.example-team.vn', database: 'team', username: 'alice' } };

function harness(initial: SyncStatus) {
  let current = initial;
  const runs: string[] = [];
  const engine: SyncEngine = {
    status: async () => current,
    configure: async () => (current = SET_UP),
    syncNow: async () => (runs.push('now'), current),
    stop: async () => (current = SYNC_OFF),
    runIfSetUp: async () => (current.server && runs.push('run'), current),
  };
  const alarms = new Map<string, { periodInMinutes: number }>();
  const api = {
    create: (name: string, info: { periodInMinutes: number }) => void alarms.set(name, info),
    clear: async (name: string) => alarms.delete(name),
    get: async (name: string) => alarms.get(name),
  };
  const timers: (() => void)[] = [];
  const schedule = syncSchedule(engine, api, (run, ms) => {
    expect(ms).toBe(AFTER_WRITE_MS);
    timers.push(run);
  });
  return { schedule, runs, alarms, timers, set: (s: SyncStatus) => (current = s) };
}

describe('when sync runs', () => {
  it('never while sync is not set up: no alarm, no run at start', async () => {
    const h = harness(SYNC_OFF);
    await h.schedule.start();
    h.schedule.onAlarm({ name: SYNC_ALARM });
    expect(h.alarms.size).toBe(0);
    expect(h.runs).toEqual([]);
  });

  it('every minute once set up, at start, and no more once stopped', async () => {
    const h = harness(SYNC_OFF);
    await h.schedule.control.configure({ url: 'https://sync.example-team.vn', database: 'team', username: 'alice', password: 'pw' });
    expect(h.alarms.get(SYNC_ALARM)).toEqual(expect.objectContaining({ periodInMinutes: 1 }));
    h.schedule.onAlarm({ name: SYNC_ALARM });
    h.schedule.onAlarm({ name: 'another-alarm' });
    await h.schedule.start();
    expect(h.runs).toEqual(['run', 'run']);
    await h.schedule.control.stop();
    expect(h.alarms.size).toBe(0);
  });

  it('soon after a change to the outbox, once for a burst of changes, only when something waits', async () => {
    const h = harness({ ...SET_UP, pending: 2 });
    h.schedule.onStorageMutated({ 'idb://ttdn-annotator/clippings/': 1 });
    expect(h.timers).toHaveLength(0);
    h.schedule.onStorageMutated({ 'idb://ttdn-annotator/outbox/': 1 });
    h.schedule.onStorageMutated({ 'idb://ttdn-annotator/outbox/': 1 });
    expect(h.timers).toHaveLength(1);
    h.timers[0]!();
    await vi.waitFor(() => expect(h.runs).toEqual(['run']));
    h.set({ ...SET_UP, pending: 0 });
    h.schedule.onStorageMutated({ 'idb://ttdn-annotator/outbox/': 1 });
    h.timers[1]!();
    await new Promise((done) => setTimeout(done, 0));
    expect(h.runs).toEqual(['run']);
    expect(touchesOutbox({ 'idb://x/outbox/seq': 1 })).toBe(true);
  });

  it('soon after a star or its removal, though no clipping waits (the engine compares the whole watch list)', async () => {
    const h = harness({ ...SET_UP, pending: 0 });
    h.schedule.onStorageMutated({ 'idb://ttdn-annotator/watch/': 1 });
    h.schedule.onStorageMutated({ 'idb://ttdn-annotator/watch/': 1 });
    expect(h.timers).toHaveLength(1);
    h.timers[0]!();
    await vi.waitFor(() => expect(h.runs).toEqual(['run']));
  });
});
