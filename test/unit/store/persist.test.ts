import { describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '@/lib/store/persist';

describe('storage persistence', () => {
  it('asks once and reports the browser’s answer', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    await expect(requestPersistence(storage)).resolves.toBe('persisted');
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persisted', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    await expect(requestPersistence(storage)).resolves.toBe('persisted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, a failure and a missing API', async () => {
    await expect(requestPersistence({ persisted: async () => false, persist: async () => false })).resolves.toBe('not-persisted');
    await expect(requestPersistence({ persisted: async () => Promise.reject(new Error('x')), persist: async () => true })).resolves.toBe('not-persisted');
    await expect(requestPersistence(undefined)).resolves.toBe('unsupported');
  });
});
