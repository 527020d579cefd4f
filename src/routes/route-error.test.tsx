import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppLinkNavigation } from '../url/app-link.tsx';
import { PageErrorBoundary } from './route-error.tsx';

function Broken(): never {
  throw new Error('the page broke');
}

describe('PageErrorBoundary', () => {
  it('shows what happened and a way back that keeps the filters', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/events/x?stance=official&type=denial']}>
        <AppLinkNavigation>
          <PageErrorBoundary>
            <Broken />
          </PageErrorBoundary>
        </AppLinkNavigation>
      </MemoryRouter>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('heading', { name: 'Something went wrong on this page' })).toBeTruthy();
    expect(screen.getByText('the page broke')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the explorer' }).getAttribute('href')).toBe(
      '/?stance=official&type=denial',
    );
  });
});
