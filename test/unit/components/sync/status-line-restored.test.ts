import { describe, expect, it } from 'vitest';
import { syncLineWords } from '@/components/sync/status-line';
import { SYNC_OFF, type SyncStatus } from '@/lib/sync/types';

const SET_UP: SyncStatus = { ...SYNC_OFF, server: { url: 'https://sync.example-team.vn', database: 'nhom', username: 'lan' }, lastSyncedAt: 0 };

describe('the sync line, about clippings a delete did not take away', () => {
  it('says the edit was kept, beside the notes of two people, in each language', () => {
    expect(syncLineWords({ ...SET_UP, restored: 1 }, 0, 'vi').conflicts).toBe('1 bài bị xoá trong lúc có người sửa: đã giữ bản sửa');
    expect(syncLineWords({ ...SET_UP, conflicts: 2, restored: 3 }, 0, 'en').conflicts).toBe(
      '2 clippings have notes from two people · 3 clippings were deleted while someone edited them: the edits were kept',
    );
    expect(syncLineWords({ ...SET_UP, restored: 0 }, 0, 'vi').conflicts).toBeNull();
    expect(syncLineWords(SET_UP, 0, 'vi').conflicts).toBeNull();
  });
});
