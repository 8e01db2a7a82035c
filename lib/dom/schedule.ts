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

type TaskScheduler = { postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown> };

/**
 * Waits for the page to be idle before the first slice. Later slices are
 * background-priority tasks where the browser has them: input, rendering and
 * the page's own tasks still go first, without waiting a whole frame per slice.
 * Elsewhere each slice waits for an idle period (100 ms at most).
 */
function nextSlice(first: boolean): Promise<IdleDeadline | null> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (!first && typeof scheduler?.postTask === 'function') {
    return new Promise((resolve) => void scheduler.postTask(() => resolve(null), { priority: 'background' }));
  }
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

/**
 * A slice's budget: a step that starts just before it runs out still ends well
 * inside the 16 ms a task may take (one frame).
 */
const BUDGET_MS = 6;

/** Runs the steps in slices of at most budgetMs, starting in an idle period. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? BUDGET_MS;
  for (let first = true; ; first = false) {
    const deadline = await nextSlice(first);
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

/** Ends the current task: what follows runs in a later one (as a slice after the first would). */
export async function yieldToPage(signal?: AbortSignal): Promise<void> {
  await nextSlice(false);
  if (signal?.aborted) throw new Aborted();
}
