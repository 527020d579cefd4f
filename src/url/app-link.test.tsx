import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLink, AppLinkNavigation } from './app-link.tsx';

/** Where the router is. */
function Where() {
  const location = useLocation();
  return <output>{`${location.pathname}${location.search}${location.hash}`}</output>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <AppLinkNavigation>
        <Routes>
          <Route
            path="*"
            element={
              <>
                <AppLink to="/events/otan-bombing#claim-c1">Otan</AppLink>
                <Where />
              </>
            }
          />
        </Routes>
      </AppLinkNavigation>
    </MemoryRouter>,
  );
}

const where = () => screen.getByRole('status').textContent;

/**
 * Clicks the link; says whether the browser would have followed it itself (its default
 * action was left alone). The page here prevents that default in the end, as the test
 * environment cannot load another document.
 */
function click(init: MouseEventInit): boolean {
  let leftToBrowser = false;
  const settle = (event: Event) => {
    leftToBrowser = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', settle);
  fireEvent.click(screen.getByRole('link', { name: 'Otan' }), init);
  window.removeEventListener('click', settle);
  return leftToBrowser;
}

describe('AppLink', () => {
  it('keeps the query string (filters and dataset) in its address', () => {
    renderAt('/?stance=official&dataset=/a.json');
    expect(screen.getByRole('link', { name: 'Otan' }).getAttribute('href')).toBe(
      '/events/otan-bombing?stance=official&dataset=/a.json#claim-c1',
    );
  });

  it('is followed by the router on a plain click', () => {
    renderAt('/?stance=official');
    // No full page load: the router went there instead.
    expect(click({ button: 0 })).toBe(false);
    expect(where()).toBe('/events/otan-bombing?stance=official#claim-c1');
  });

  it('leaves a click with a modifier key (a new tab or window) to the browser', () => {
    renderAt('/?stance=official');
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
      expect(click({ button: 0, [modifier]: true })).toBe(true);
      expect(where()).toBe('/?stance=official');
    }
  });
});
