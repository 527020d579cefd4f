import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../../store/explorer-store.ts';
import { renderApp } from '../../test/render-app.tsx';

// The map's code loads before the tests, however long that takes on a busy machine: the
// tests then wait only for the app to render it, not for a module to be fetched and compiled.
beforeAll(() => import('./map-view.tsx'), 120_000);

describe('the map view', () => {
  it('opens from the link, with a marker per place and the unplaced events listed below', async () => {
    renderApp('/?view=map');
    const places = await screen.findByRole('list', { name: 'Places on the map' });
    const markers = within(places).getAllByRole('button');
    expect(markers).toHaveLength(1);
    expect(markers[0]!.getAttribute('aria-label')).toBe('Almaty: 1 event, 2 claims: 1 opposition, 1 other');
    const unplaced = screen.getByRole('heading', { name: 'Not placed on the map' }).closest('section')!;
    expect(within(unplaced).getByRole('link', { name: 'Blasts at the Otan offices' })).toBeTruthy();
  });

  it('lists a marker’s events on selection, and the switch goes back to the list', async () => {
    renderApp('/?view=map');
    const places = await screen.findByRole('list', { name: 'Places on the map' });
    await userEvent.click(within(places).getByRole('button'));
    const panel = screen.getByRole('region', { name: 'Almaty' });
    expect(within(panel).getByRole('link', { name: 'Rumoured provocation in Almaty' }).getAttribute('href')).toBe(
      '/events/later-event?view=map',
    );
    await userEvent.click(screen.getByRole('button', { name: 'List', pressed: false }));
    expect(useExplorerStore.getState().filters.view).toBe('list');
  });
});
