import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app.tsx';

describe('the Figures section of an event', () => {
  it('states the spread and links each figure to its claim', async () => {
    renderApp('/events/later-event');
    expect(await screen.findByRole('heading', { level: 2, name: 'Figures' })).toBeTruthy();
    expect(screen.getByText('One figure for wounded: 0 (Moldiar Orazaliev).')).toBeTruthy();
    const link = screen.getByRole('link', { name: /Moldiar Orazaliev.*people hurt/ });
    expect(link.getAttribute('href')).toBe('/events/later-event#claim-chief-casualties');
  });

  it('is absent for an event whose claims give no numbers', async () => {
    renderApp('/events/otan-blasts');
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Figures' })).toBeNull();
  });
});
