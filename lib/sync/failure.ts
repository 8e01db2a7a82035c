/**
 * Why sync cannot go on, as the error the engine throws and the problem the
 * pages explain (types.ts), and which store failures are a clash of documents.
 */
import type { SyncProblem, SyncProblemCode } from './types';

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncProblemCode,
    readonly detail: string,
    /** For 'timeout': the deadline that passed. */
    readonly seconds?: number,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SyncFailure';
  }
  get problem(): SyncProblem {
    return { code: this.code, detail: this.detail, ...(this.seconds === undefined ? {} : { seconds: this.seconds }) };
  }
}

/** Whether a failed write broke a unique index (Dexie wraps it in BulkError or AbortError; writing() keeps its name in the message). */
export function isConstraintError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause, depth++) {
    const { name, message, failures } = e as { name?: unknown; message?: unknown; failures?: unknown };
    if (name === 'ConstraintError' || (typeof message === 'string' && message.includes('ConstraintError'))) return true;
    if (Array.isArray(failures) && failures.some((f) => isConstraintError(f))) return true;
  }
  return false;
}
