import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Claim, Dataset } from '../domain/schema.ts';
import { fixture } from '../test/fixture.ts';
import { renderApp } from '../test/render-app.tsx';

/** The fixture with `n` more claims by the activist, from the cable, on the later event. */
function withClaims(n: number): Dataset {
  const dataset = fixture();
  const model = dataset.claims.find((claim) => claim.id === 'duvanov-provocation')!;
  for (let i = 0; i < n; i++)
    dataset.claims.push({ ...model, id: `extra-${i}`, summary: `Extra claim ${i}.`, object: undefined } as Claim);
  return dataset;
}

const cards = (container: HTMLElement) => container.querySelectorAll('article[id^="claim-"]').length;

// Each test draws a hundred claim cards or more in jsdom: more than the default 5 s on a busy machine.
describe('long lists of claims', { timeout: 30_000 }, () => {
  it('an actor with many claims shows them a page at a time, and says how many are left', async () => {
    const { container } = renderApp('/actors/activist', withClaims(70));
    await screen.findByRole('heading', { level: 1, name: 'Sergey Duvanov' });
    expect(cards(container)).toBe(50);
    expect(screen.getByText('50 of 71 claims shown.')).toBeTruthy();
    const inExplorer = screen.getByRole('link', { name: 'All 71 claims in the explorer' });
    expect(inExplorer.getAttribute('href')).toBe('/?actor=activist');
    // What is left fits in one more page: no separate "Show all".
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show 21 more' }));
    expect(cards(container)).toBe(71);
    const all = screen.getByText('All 71 claims shown.');
    // The buttons are gone; the keyboard is left on the line that says so, not on the page.
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
    expect(document.activeElement).toBe(all);
  });

  it('"Show all" opens the rest at once when it is more than a page', async () => {
    const { container } = renderApp('/sources/cable', withClaims(101));
    await screen.findByRole('heading', { level: 1, name: 'A cable' });
    expect(cards(container)).toBe(50);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 103' }));
    expect(cards(container)).toBe(103);
  });

  it('a short list is shown whole, without buttons', async () => {
    const { container } = renderApp('/actors/activist', withClaims(59));
    await screen.findByRole('heading', { level: 1, name: 'Sergey Duvanov' });
    expect(cards(container)).toBe(60);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
    expect(screen.queryByText(/claims shown/)).toBeNull();
  });

  it('each stance of an event gets the same first page', async () => {
    const dataset = withClaims(60);
    const { container } = renderApp('/events/later-event', dataset);
    await screen.findByRole('heading', { level: 1, name: 'Rumoured provocation in Almaty' });
    // Opposition: the activist's 61 claims, a first page of 20; other: one claim.
    expect(cards(container)).toBe(20 + 1);
    expect(screen.getByText('20 of 61 claims shown.')).toBeTruthy();
  });

  it('a link to a claim far down its column draws the column through it', async () => {
    // jsdom lays nothing out and has no scrolling: the page's scroll to the claim is a browser test's.
    const scrolledTo: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolledTo.push(this.id);
    };
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    const { container } = renderApp('/events/later-event#claim-extra-45', withClaims(60));
    await screen.findByRole('heading', { level: 1, name: 'Rumoured provocation in Almaty' });
    expect(container.querySelector('[id="claim-extra-45"]')).not.toBeNull();
    // Claim 47 of the column (after the activist's first), to the end of its page of 20.
    expect(screen.getByText('60 of 61 claims shown.')).toBeTruthy();
    expect(scrolledTo).toEqual(['claim-extra-45']);
  });

  it('the list of sources shows a hundred at a time', async () => {
    const dataset = fixture();
    for (let i = 0; i < 130; i++)
      dataset.sources.push({ ...dataset.sources[0]!, id: `source-${i}`, title: `Source ${i}` });
    renderApp('/sources', dataset);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    expect(screen.getAllByRole('link', { name: /^Source \d+$|^A (blog post|cable)$/ })).toHaveLength(100);
    expect(screen.getByText('100 of 132 sources shown.')).toBeTruthy();
    // A source without claims says so in the singular and plural alike.
    expect(screen.getAllByText(/· 0 claims$/).length).toBeGreaterThan(0);
  });
});
