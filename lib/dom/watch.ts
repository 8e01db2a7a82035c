/**
 * Watches the page for content that matters to the annotation: text changing
 * inside the article, or a sizeable piece of content added anywhere (lazy-loaded
 * body, infinite scroll). Changes are batched: the callback runs once things
 * have been quiet for a moment, and at least every maxWaitMs while they are not,
 * so a node that changes every few milliseconds costs one re-run per interval.
 */

export type Change = 'article' | 'page';

export interface WatchOptions {
  /** The elements the current annotation covers (empty when no article was found). */
  roots(): readonly Node[];
  /** Our own UI and marks: their mutations are ignored. */
  isOwn(node: Node): boolean;
  onChange(change: Change): void;
  quietMs?: number;
  maxWaitMs?: number;
  /** Added content shorter than this (in characters) outside the article is ignored. */
  minAddedText?: number;
}

export interface Watcher {
  /** Forgets mutations made so far (our own painting). */
  discard(): void;
  stop(): void;
}

export function watchMutations(target: Node, options: WatchOptions): Watcher {
  const quiet = options.quietMs ?? 250;
  const maxWait = options.maxWaitMs ?? 1500;
  const minAdded = options.minAddedText ?? 200;
  let pending: Change | null = null;
  let first = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const inside = (node: Node) => options.roots().some((root) => root === node || root.contains(node));

  const fire = () => {
    timer = undefined;
    const change = pending;
    pending = null;
    if (change) options.onChange(change);
  };

  const note = (change: Change) => {
    if (pending === null) first = Date.now();
    if (pending !== 'page') pending = change;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quiet, first + maxWait - Date.now())));
  };

  const classify = (records: MutationRecord[]): Change | null => {
    let change: Change | null = null;
    for (const record of records) {
      if (options.isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        if (inside(record.target)) change = 'article';
        continue;
      }
      const own = [...record.addedNodes, ...record.removedNodes].every((n) => options.isOwn(n));
      if (own && record.addedNodes.length + record.removedNodes.length > 0) continue;
      if (inside(record.target)) {
        change = 'article';
        continue;
      }
      for (const node of record.addedNodes) {
        if ((node.textContent?.length ?? 0) >= minAdded && !options.isOwn(node)) return 'page';
      }
    }
    return change;
  };

  const observer = new MutationObserver((records) => {
    const change = classify(records);
    if (change) note(change);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  return {
    discard: () => void observer.takeRecords(),
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      pending = null;
    },
  };
}
