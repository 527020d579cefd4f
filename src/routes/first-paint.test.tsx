import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRoutes } from '../app-router.tsx';
import { buildIndex } from '../domain/dataset-index.ts';
import { decodeFilters } from '../domain/url-codec.ts';
import { useExplorerStore } from '../store/explorer-store.ts';
import { fixture } from '../test/fixture.ts';
import { renderApp } from '../test/render-app.tsx';

/** The app at `url`, its dataset still loading, as main.tsx starts it. */
function renderLoading(url: string) {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  const opened = decodeFilters(url.includes('?') ? url.slice(url.indexOf('?')) : '');
  useExplorerStore.getState().linkOpened(opened.filters, opened.notices);
  useExplorerStore.getState().datasetRequested(null, 'embedded');
  return render(
    <MemoryRouter initialEntries={[url]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

/** index.html's first paint, as the page has it before the scripts run. */
function staticFirstPaint(): HTMLElement {
  const element = document.createElement('div');
  element.id = 'first-paint';
  element.textContent = 'Loading the dataset…';
  document.body.prepend(element);
  return element;
}

describe("index.html's first paint", () => {
  afterEach(() => document.getElementById('first-paint')?.remove());

  it('stays, with nothing drawn over it, until the dataset is ready; then the page takes its place', async () => {
    const firstPaint = staticFirstPaint();
    const { container } = renderLoading('/?type=%E0%A4%A');
    expect(firstPaint.isConnected).toBe(true);
    expect(container.textContent).toBe('');

    act(() => useExplorerStore.getState().datasetLoaded(null, 'embedded', buildIndex(fixture()), null));
    expect(await screen.findByText('4 claims in 2 events')).toBeTruthy();
    expect(firstPaint.isConnected).toBe(false);
    // The link's notice, read while the first paint was up, is still there: the URL sync stayed mounted.
    expect(await screen.findByText('Parts of this link were not understood and have been left out:')).toBeTruthy();
  });

  it('gives way at once to the import page, which needs no dataset', () => {
    const firstPaint = staticFirstPaint();
    renderLoading('/import');
    expect(firstPaint.isConnected).toBe(false);
    expect(screen.getByRole('banner')).toBeTruthy();
  });

  it('once gone, a later load shows the app’s own loading line', () => {
    renderApp('/');
    act(() => useExplorerStore.getState().datasetRequested('/other.json', '/other.json'));
    expect(screen.getByRole('status').textContent).toBe('Loading the dataset…');
  });
});
