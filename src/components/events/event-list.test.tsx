import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.ts';
import { renderApp } from '../../test/render-app.tsx';
import { useExplorerStore } from '../../store/explorer-store.ts';
import { preloadWindowedList, ROWS_PER_COMMIT } from './event-list.tsx';

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

  it('a longer result is put in the page a batch at a time, its place held meanwhile, each new result from its first batch', async () => {
    const dataset = generateDataset({ events: 30, actors: 6, claims: 90, seed: 5 });
    renderApp('/', dataset);
    const list = (await screen.findAllByRole('article'))[0]!.closest('ol')!;
    expect(within(list).getAllByRole('article')).toHaveLength(ROWS_PER_COMMIT);
    const placeholder = list.lastElementChild as HTMLElement;
    expect(placeholder.getAttribute('aria-hidden')).toBe('true');
    expect(placeholder.style.height).toBe(`${(30 - ROWS_PER_COMMIT) * 7}rem`);
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(30));
    expect(list.querySelector(':scope > li[aria-hidden]')).toBeNull();
    const titles = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(new Set(titles).size).toBe(30);

    // A filter's answer: its first batch in the commit that shows it, then the rest.
    const from = dataset.events.map((event) => event.date.start.slice(0, 10)).sort()[5]!;
    const dated = dataset.events.filter((event) => event.date.start.slice(0, 10) >= from).length;
    expect(dated).toBeGreaterThan(ROWS_PER_COMMIT);
    act(() => useExplorerStore.getState().datesChanged(from, undefined));
    expect(within(list).getAllByRole('article')).toHaveLength(ROWS_PER_COMMIT);
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(dated));
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
