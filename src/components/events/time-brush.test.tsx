import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useExplorerStore } from '../../store/explorer-store.ts';
import { renderApp } from '../../test/render-app.tsx';

/** jsdom lays nothing out: give the brush a width, so that pointer positions mean dates. */
function layOut(element: HTMLElement, width: number) {
  element.getBoundingClientRect = () => ({
    left: 0,
    top: 0,
    width,
    height: 80,
    right: width,
    bottom: 80,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
}

describe('brushing the time axis', () => {
  it('sets from and to at a precision fit for the span, and shows them as a band', async () => {
    renderApp('/');
    await screen.findByText('4 claims in 2 events');
    const brush = screen.getByTestId('time-brush');
    layOut(brush, 1000);
    // The fixture runs from November 2004 to December 2005: a drag across most of it sets months.
    fireEvent.pointerDown(brush, { button: 0, clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(brush, { clientX: 900, pointerId: 1 });
    fireEvent.pointerUp(brush, { clientX: 900, pointerId: 1 });
    const { from, to } = useExplorerStore.getState().filters;
    expect(from).toMatch(/^2004-1[12]$/);
    expect(to).toMatch(/^2005-1[01]$/);
    expect((await screen.findByTestId('time-band')).textContent).toMatch(/2004 – .* 2005/);
  });

  it('takes a click for a click: no dates are set', async () => {
    renderApp('/');
    await screen.findByText('4 claims in 2 events');
    const brush = screen.getByTestId('time-brush');
    layOut(brush, 1000);
    fireEvent.pointerDown(brush, { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerUp(brush, { clientX: 501, pointerId: 1 });
    expect(useExplorerStore.getState().filters.from).toBeUndefined();
    expect(screen.queryByTestId('time-band')).toBeNull();
  });
});

describe('the time axis', () => {
  it('draws its bars, which follow the list in a deferred render', async () => {
    renderApp('/');
    await screen.findByText('4 claims in 2 events');
    // The label says what the bars show: no busiest period until they are drawn.
    expect(await screen.findByRole('img', { name: /Busiest period: 2004, 2 claims\.$/ })).toBeTruthy();
  });
});
