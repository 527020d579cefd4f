import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app.tsx';
import { useExplorerStore } from '../store/explorer-store.ts';

describe('pages at a URL', () => {
  it('the explorer lists events in time order with their stance counts', async () => {
    renderApp('/');
    expect(await screen.findByText('4 claims in 2 events')).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(['Blasts at the Otan offices', 'Rumoured provocation in Almaty']);
  });

  it('a link with filters opens filtered, and a checkbox edits the filters', async () => {
    renderApp('/?stance=militant');
    expect(await screen.findByText('1 claim in 1 event')).toBeTruthy();
    const official = within(screen.getByRole('group', { name: 'Stance' })).getByRole('checkbox', { name: /^Official/ });
    await userEvent.click(official);
    expect(useExplorerStore.getState().filters.stance).toEqual(['militant', 'official']);
    expect(await screen.findByText('2 claims in 1 event')).toBeTruthy();
  });

  it('an event shows its dispute, every position, and silent stances', async () => {
    renderApp('/events/otan-blasts');
    expect(await screen.findByRole('heading', { level: 1, name: 'Blasts at the Otan offices' })).toBeTruthy();
    expect(screen.getByText('November 2004')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Who was behind the blasts?' })).toBeTruthy();
    expect(screen.getByText('Hooligans')).toBeTruthy();
    expect(screen.getByText('Not the group')).toBeTruthy();
    expect(screen.getByText(/Silent: no opposition account of this event/)).toBeTruthy();
    // The relay chain is named.
    expect(screen.getByText('Reported via')).toBeTruthy();
  });

  it('an unknown event shows a not-found page with a way back', async () => {
    renderApp('/events/nothing');
    expect(await screen.findByRole('heading', { name: 'No such event' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the explorer' })).toBeTruthy();
  });

  it('a garbled link opens with a notice, not a crash', async () => {
    renderApp('/?type=%E0%A4%A&stance=martian');
    expect(await screen.findByText('Parts of this link were not understood and have been left out:')).toBeTruthy();
    expect(screen.getByText('4 claims in 2 events')).toBeTruthy();
  });

  it('an actor page lists what the actor said and relayed', async () => {
    renderApp('/actors/activist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sergey Duvanov' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Relayed others’ claims/ })).toBeTruthy();
  });
});
