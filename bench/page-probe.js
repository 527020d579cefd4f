/**
 * Runs in every benchmarked page before the page's own scripts (a Playwright init script),
 * so that times come from the page's clock, where performance.now() is 0 at navigation start.
 * Plain JavaScript, injected as written: a transpiler's helpers would not exist in the page.
 *
 * "Painted" is approximated as requestAnimationFrame + setTimeout 0: the rAF callback runs
 * before the frame that shows the change, and the timeout after that frame's paint.
 */
(() => {
  const bench = (window.__bench = { firstContent: null, pending: null });
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));

  const visible = (selector) =>
    [...document.querySelectorAll(selector)].some((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth
      );
    });

  // First content: every selector the runner set in window.__benchSelectors has a visible
  // element. Checked once a frame, which also catches content revealed by styles alone.
  const watch = () => {
    if ((window.__benchSelectors ?? []).every(visible)) afterPaint(() => (bench.firstContent = performance.now()));
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  /**
   * Starts timing one interaction: from the first trusted click, keydown or input event after
   * this call (the event that changes the filter; its timeStamp, when the browser received the
   * input) to the paint after the element at `summarySelector` shows a new text.
   * `bench.pending` resolves to { ms, summary }.
   */
  bench.arm = (summarySelector, timeoutMs) => {
    const before = document.querySelector(summarySelector)?.textContent ?? null;
    const types = ['click', 'keydown', 'input'];
    let start = null;
    const onInput = (event) => {
      if (start === null && event.isTrusted) start = event.timeStamp;
    };
    for (const type of types) addEventListener(type, onInput, true);
    // The same interaction as the browser measures it for INP: each of its events from input
    // to the next paint (Event Timing, in 8 ms steps; events under 16 ms are not reported).
    const entries = [];
    const armedAt = performance.now();
    bench.events?.disconnect();
    bench.events = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    bench.events.observe({ type: 'event', durationThreshold: 16 });
    // Only this interaction's: a late entry of the one before may still arrive.
    bench.interactionEntries = () =>
      [...entries, ...bench.events.takeRecords()].filter((entry) => entry.startTime >= armedAt);
    bench.pending = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const text = document.querySelector(summarySelector)?.textContent ?? null;
        if (start === null || text === before) return;
        observer.disconnect();
        afterPaint(() => finish({ ms: performance.now() - start, summary: text }));
      });
      const timer = setTimeout(() => finish({ ms: null, summary: before }), timeoutMs);
      const finish = (result) => {
        observer.disconnect();
        clearTimeout(timer);
        for (const type of types) removeEventListener(type, onInput, true);
        resolve(result);
      };
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  };

  /**
   * The armed interaction's latency by Event Timing: the longest of its events (what INP
   * counts for it), or 16 when none reached the 16 ms that Event Timing reports; null when
   * the input was not one Event Timing sees (text put into a field at once has no key events).
   */
  bench.interaction = async (sawKeyOrPointer) => {
    const mine = () => (bench.interactionEntries?.() ?? []).filter((entry) => entry.interactionId > 0);
    // Its entries come once the frame after it is presented: a few frames at most.
    for (let frame = 0; sawKeyOrPointer && mine().length === 0 && frame < 5; frame++)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    const found = mine();
    bench.events?.disconnect();
    if (found.length === 0) return sawKeyOrPointer ? 16 : null;
    const id = found[0].interactionId;
    return Math.max(...found.filter((entry) => entry.interactionId === id).map((entry) => entry.duration));
  };

  /** Ids of the enabled checkboxes in the fieldset whose legend reads `legend`. */
  bench.facetIds = (legend) => {
    const fieldset = [...document.querySelectorAll('main fieldset')].find(
      (element) => element.querySelector('legend')?.textContent?.trim() === legend,
    );
    return [...(fieldset?.querySelectorAll('input[type=checkbox]:not(:disabled)') ?? [])].map((input) => input.id);
  };

  /** Resolves after two frames: lets trailing work of the last interaction finish. */
  bench.settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  /**
   * Types dates into the from/to inputs the way React sees typing, without committing them
   * (focus stays in "from"). One input a frame apart, so each change sees the one before.
   */
  bench.setDates = async (fromSelector, toSelector, from, to) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    document.querySelector(fromSelector).focus();
    for (const [selector, value] of [
      [fromSelector, from],
      [toSelector, to],
    ]) {
      const input = document.querySelector(selector);
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await bench.settle();
    }
  };
})();
