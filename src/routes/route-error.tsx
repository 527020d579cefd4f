import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AppLink } from '../url/app-link.tsx';

/**
 * A page that failed to render shows what happened and a way on, inside the layout.
 * Links keep the query string, so the reader's filters survive.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error ? <PageError error={this.state.error} /> : this.props.children;
  }
}

function PageError({ error }: { error: Error }) {
  return (
    <section className="mx-auto max-w-2xl px-4 py-16" aria-labelledby="route-error-heading">
      <h1 id="route-error-heading" className="text-3xl font-semibold">
        Something went wrong on this page
      </h1>
      <p className="mt-4 font-serif text-lg leading-relaxed" role="alert">
        The page could not be shown. Your filters are kept in the address, so nothing is lost.
      </p>
      <p className="mt-2 font-mono text-sm break-all text-muted">{error.message.slice(0, 300)}</p>
      <p className="mt-6 flex gap-4">
        <button type="button" className="text-accent underline" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <AppLink to="/">Back to the explorer</AppLink>
      </p>
    </section>
  );
}
