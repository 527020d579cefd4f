import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
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

  it('an actor both accused and blamed by one claimant is listed once, with each role', async () => {
    const dataset = fixture();
    const accusation = dataset.claims.find((claim) => claim.id === 'duvanov-provocation')!;
    dataset.claims.push({
      ...accusation,
      id: 'duvanov-blames',
      object: [{ actorId: 'police-chief', role: 'blamed' }],
      summary: 'He blamed the police for the unrest.',
    });
    renderApp('/actors/police-chief', dataset);
    const list = await screen.findByRole('list', { name: 'Actors whose claims are about Moldiar Orazaliev' });
    const claimants = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(claimants).toHaveLength(1);
    expect(claimants[0]!.textContent).toContain('Sergey DuvanovOpposition · 2 claims');
    expect(within(claimants[0]!).getByText('accused · 1 claim')).toBeTruthy();
    expect(within(claimants[0]!).getByText('blamed · 1 claim')).toBeTruthy();
    expect(within(claimants[0]!).getByRole('link', { name: 'He blamed the police for the unrest.' })).toBeTruthy();
  });

  it('a scare quote is shown in the page’s quote marks, not in two pairs', async () => {
    const dataset = fixture();
    dataset.claims.find((claim) => claim.id === 'duvanov-provocation')!.hedges = ['"acts of terror."', 'allegedly'];
    const { container } = renderApp('/events/later-event', dataset);
    await screen.findByText(/The source keeps its distance/);
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual(
      expect.arrayContaining(['acts of terror.', 'allegedly']),
    );
  });
});
