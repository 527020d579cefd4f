import { afterEach, describe, expect, it, vi } from 'vitest';
import { slices, yieldToPage } from './slices.ts';

describe('slices', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the page back only once a slice has run its time', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    const work = slices(10);
    now = 10;
    await work.pauseIfDue();
    expect(yielded).not.toHaveBeenCalled();
    now = 11;
    await work.pauseIfDue();
    expect(yielded).toHaveBeenCalledTimes(1);
    // The next slice is timed from the pause.
    now = 20;
    await work.pauseIfDue();
    expect(yielded).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('without scheduler.yield, resumes in a later task', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const resumed = yieldToPage().then(() => order.push('resumed'));
    // Microtasks (what an await alone gives) all run before the page could take a turn.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    order.push('microtasks done');
    await resumed;
    expect(order).toEqual(['microtasks done', 'resumed']);
  });
});
