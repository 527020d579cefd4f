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
    // The fixture has November 2004 and 2 December 2005, and the axis cuts the year between
    // them: a drag from the one to the other sets months.
    fireEvent.pointerDown(brush, { button: 0, clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(brush, { clientX: 990, pointerId: 1 });
    fireEvent.pointerUp(brush, { clientX: 990, pointerId: 1 });
    const { from, to } = useExplorerStore.getState().filters;
    expect(from).toBe('2004-11');
    expect(to).toBe('2005-12');
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

  it('clears the dates on a click', async () => {
    renderApp('/?from=2004&to=2005');
    await screen.findByTestId('time-band');
    const brush = screen.getByTestId('time-brush');
    layOut(brush, 1000);
    fireEvent.pointerDown(brush, { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerUp(brush, { clientX: 502, pointerId: 1 });
    expect(useExplorerStore.getState().filters).toMatchObject({ from: undefined, to: undefined });
  });

  it('works from the keyboard: arrows move the dates, Shift+arrows resize them, Escape clears them', async () => {
    renderApp('/?from=2004-11&to=2004-12');
    const slider = await screen.findByRole('slider', { name: 'Dates shown' });
    expect(slider.getAttribute('aria-valuetext')).toBe('November 2004 to December 2004');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(useExplorerStore.getState().filters).toMatchObject({ from: '2004-12', to: '2005-01' });
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(useExplorerStore.getState().filters).toMatchObject({ from: '2004-12', to: '2005-02' });
    fireEvent.keyDown(slider, { key: 'ArrowLeft', shiftKey: true });
    expect(useExplorerStore.getState().filters).toMatchObject({ from: '2004-12', to: '2005-01' });
    fireEvent.keyDown(slider, { key: 'Escape' });
    expect(useExplorerStore.getState().filters).toMatchObject({ from: undefined, to: undefined });
    expect(slider.getAttribute('aria-valuetext')).toBe('all dates');
  });
});

describe('the time axis', () => {
  it('draws its bars, which follow the list in a deferred render', async () => {
    renderApp('/');
    await screen.findByText('4 claims in 2 events');
    // The label says what the bars show: no busiest period until they are drawn.
    const axis = await screen.findByRole('img', { name: /Busiest period: .*2004, 2 claims\.$/ });
    expect(axis.getAttribute('aria-label')).toMatch(/skips .*, which have no events/);
  });

  it('shows a bar’s period and its claims per stance under the pointer', async () => {
    renderApp('/');
    await screen.findByRole('img', { name: /Busiest period: .*2 claims/ });
    const brush = screen.getByTestId('time-brush');
    layOut(brush, 1000);
    // Near the right edge: 2 December 2005.
    fireEvent.pointerMove(brush, { clientX: 995, pointerId: 1, pointerType: 'mouse' });
    const tooltip = await screen.findByTestId('bar-tooltip');
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.textContent).toMatch(/^2 Dec 2005: 2 claims/);
    expect(tooltip.textContent).toMatch(/Opposition: 1/);
    fireEvent.pointerLeave(brush);
    expect(screen.queryByTestId('bar-tooltip')).toBeNull();
  });
});
