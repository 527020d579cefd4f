import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable.ts';

function Loaded({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('preloadable', () => {
  it('is the lazy component until its code is here, then the component itself', async () => {
    const banner = preloadable(() => Promise.resolve(Loaded));
    expect(banner.component).not.toBe(Loaded);
    const Before = banner.component;
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Before name="lazy" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello lazy')).toBeTruthy();
    expect(banner.component).toBe(Loaded);
    expect(await banner.preload()).toBe(Loaded);
  });

  it('once preloaded, renders at once without suspending', async () => {
    const banner = preloadable(() => Promise.resolve(Loaded));
    await banner.preload();
    const Now = banner.component;
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Now name="now" />
      </Suspense>,
    );
    expect(screen.getByText('Hello now')).toBeTruthy();
  });
});
