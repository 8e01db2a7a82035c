/**
 * Store failures the user must understand. A full disk shows up as a
 * QuotaExceededError, sometimes wrapped (Dexie's AbortError carries the cause
 * in `inner`); the transaction it aborted has written nothing, so everything
 * saved before is intact and the message can say so.
 */
/** 'cancelled': the user stopped an import; its transaction wrote nothing. */
export type StoreErrorCode = 'quota' | 'not-found' | 'storage' | 'cancelled';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && typeof e === 'object' && chain.length < 5; e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause)
    chain.push(e);
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return causes(error).some((e) => {
    const name = (e as { name?: unknown }).name;
    // Firefox names it NS_ERROR_DOM_QUOTA_REACHED in some paths.
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
  });
}

/** Any failure of a write, as a StoreError with a code the UI can explain. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error))
    return new StoreError('quota', 'Storage is full: nothing was written, and everything saved before is intact.');
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('storage', `The database refused the change: ${detail}`);
}

/** Runs a write and turns its failure into a StoreError. */
export async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error);
  }
}
