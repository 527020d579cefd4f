import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
