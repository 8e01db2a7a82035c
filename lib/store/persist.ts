/**
 * Asks the browser to keep the collection when the disk runs low (browsers
 * evict "best-effort" storage first; Memex users lost whole collections that
 * way). Only window contexts have persist(), so the popup and library page ask.
 */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

export async function requestPersistence(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
