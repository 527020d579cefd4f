/**
 * Long work on the page, done in slices: the page is given back (a task boundary, where a
 * click or a paint can come first) once a slice has run `sliceMs`.
 */
export function slices(sliceMs: number): { pauseIfDue(): Promise<void> } {
  let started = performance.now();
  return {
    async pauseIfDue() {
      if (performance.now() - started <= sliceMs) return;
      await yieldToPage();
      started = performance.now();
    },
  };
}

/**
 * A task boundary: `scheduler.yield()` where there is one (the work keeps its place ahead
 * of other tasks), else a message to this page. A zero timeout would do, but browsers
 * stretch nested ones to 4 ms: a pause of 4 ms after each slice of a few.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
