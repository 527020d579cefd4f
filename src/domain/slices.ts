/**
 * Long work on the page, done in slices: the page is given back (a task boundary, where a
 * click or a paint can come first) once a slice has run `sliceMs`.
 */
export function slices(sliceMs: number): { pauseIfDue(): Promise<void> } {
  let started = performance.now();
  return {
    async pauseIfDue() {
      if (performance.now() - started <= sliceMs) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
    },
  };
}
