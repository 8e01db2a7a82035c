/**
 * Long DOM work is written as generators that yield every few dozen nodes; the
 * runners here decide when to pause. Tests run them to the end at once; the
 * content script runs them in idle slices so the page never gets a long task.
 */
/** Yielded before a step known to be big (a matcher call): it then starts a slice of its own. */
export const FRESH_SLICE = 'fresh-slice';
export type Steps<T> = Generator<void | typeof FRESH_SLICE, T, void>;

/** Runs the steps to the end in one go (tests, tiny inputs). */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before yielding to the page, in ms. */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Told how long each slice of work took (the benchmark adds them up). */
  onSlice?(ms: number): void;
}

type IdleDeadline = { timeRemaining(): number };
type IdleScheduler = (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;

/** Waits for an idle period (or 100 ms at most), so page work goes first. */
function nextIdle(): Promise<IdleDeadline | null> {
  const idle = (globalThis as { requestIdleCallback?: IdleScheduler }).requestIdleCallback;
  if (idle) return new Promise((resolve) => idle(resolve, { timeout: 100 }));
  return new Promise((resolve) => setTimeout(() => resolve(null), 0));
}

export class Aborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'Aborted';
  }
}

/** Runs the steps in slices of at most budgetMs, each in an idle period. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? 20;
  for (;;) {
    const deadline = await nextIdle();
    if (options.signal?.aborted) throw new Aborted();
    const slice = Math.max(2, Math.min(budget, deadline ? deadline.timeRemaining() : budget));
    const start = performance.now();
    const stop = start + slice;
    try {
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        if (next.value === FRESH_SLICE || performance.now() >= stop) break;
      }
    } finally {
      options.onSlice?.(performance.now() - start);
    }
  }
}
