/**
 * Gives the event loop a turn (paint, input, a cancel click) between slices of
 * a long job: a message to ourselves, a task of its own. Not setTimeout(0),
 * which browsers hold back at least 4 ms once timers nest five deep: a job
 * yielding every 8 ms lost a third of its time to that (the import's checks,
 * the search index job, the collection jobs).
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
