import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.ts';
import { renderApp } from '../../test/render-app.tsx';
import { preloadWindowedList } from './event-list.tsx';

describe('the event list', () => {
  // jsdom lays nothing out; the windowed list only needs to be able to watch its parent.
  beforeEach(() =>
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    ),
  );
  afterEach(() => vi.unstubAllGlobals());

  it('a small dataset lists every event in the page', async () => {
    renderApp('/');
    const list = (await screen.findByText('Blasts at the Otan offices')).closest('ol')!;
    expect(list.getAttribute('aria-label')).toBeNull();
    expect(within(list).getAllByRole('article')).toHaveLength(2);
  });

  it('a large dataset stays windowed when a filter leaves only a few events', async () => {
    const dataset = generateDataset({ events: 400, actors: 20, claims: 800, seed: 3 });
    // Loaded first, as the app does for a dataset named in the link: a busy machine can
    // take longer to load the module than a query waits.
    await preloadWindowedList();
    const day = dataset.events[0]!.date.start.slice(0, 10);
    renderApp(`/?from=${day}&to=${day}`, dataset);
    const summary = await screen.findByText(/^\d+ claims? in \d+ events?$/);
    const events = summary.textContent!.replace(/^.* in /, '');
    expect(Number.parseInt(events)).toBeLessThan(20);
    const list = await screen.findByRole('list', { name: `${events}; rows load as you scroll` });
    expect(within(list).getAllByRole('article').length).toBeGreaterThan(0);
  });
});
