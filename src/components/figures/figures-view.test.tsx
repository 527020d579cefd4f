import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixture.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('the figures view', () => {
  it('draws each figure as a link to its claim, named by stance, claimant and amount', async () => {
    renderApp('/?view=figures');
    const chart = await screen.findByRole('region', { name: 'Wounded' }, { timeout: 10_000 });
    expect(chart.textContent).toContain('1 figure on 1 event.');
    const point = screen.getByRole('link', { name: 'Other, Moldiar Orazaliev: 0 people hurt' });
    expect(point.getAttribute('href')).toBe('/events/later-event?view=figures#claim-chief-casualties');
  });

  it('says so when no matching claim gives a number', async () => {
    renderApp('/?view=figures&stance=militant');
    expect(await screen.findByText(/The matching claims give no numbers/, undefined, { timeout: 10_000 })).toBeTruthy();
  });

  // Seventy rows drawn in jsdom: room for a busy machine.
  it('draws a long chart a page of events at a time', { timeout: 30_000 }, async () => {
    const dataset = fixture();
    const event = dataset.events.find((e) => e.id === 'later-event')!;
    const claim = dataset.claims.find((c) => c.id === 'chief-casualties')!;
    for (let i = 0; i < 69; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      dataset.events.push({
        ...event,
        id: `event-${i}`,
        title: `Event ${i}`,
        date: { start: `2006-${String((i % 12) + 1).padStart(2, '0')}-${day}`, precision: 'day' },
      });
      dataset.claims.push({
        ...claim,
        id: `claim-${i}`,
        eventId: `event-${i}`,
        figures: [{ quantity: 'wounded', value: i, label: 'people hurt' }],
      });
    }
    renderApp('/?view=figures', dataset);
    const chart = await screen.findByRole('region', { name: 'Wounded' }, { timeout: 10_000 });
    const rows = () =>
      within(within(chart).getByRole('list', { name: /by event in time order/ })).getAllByRole('listitem');
    expect(rows()).toHaveLength(50);
    expect(within(chart).getByText('50 of 70 events shown.')).toBeTruthy();
    await userEvent.click(within(chart).getByRole('button', { name: 'Show 20 more' }));
    expect(rows()).toHaveLength(70);
  });
});
