import { lazy, Suspense, useDeferredValue, useLayoutEffect, useState, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useDataState } from '../store/explorer-store.ts';
import { AppLink } from '../url/app-link.tsx';
import { UrlSync } from '../url/url-sync.tsx';
import { RESULTS_ID } from './explorer-page.tsx';
import { firstPaintShown, retireFirstPaint } from './first-paint.ts';
import { STANDFIRST } from '../standfirst.ts';
import { preloadable } from '../components/preloadable.ts';

// What a move to another page does to the scroll and the focus: the first page needs
// none of it, so its code follows the app's instead of coming with it.
const PageArrival = lazy(() => import('./page-arrival.tsx').then((m) => ({ default: m.PageArrival })));

// Most readers never see a dataset fail: the page that lists its problems loads when one does.
const DatasetProblems = lazy(() => import('./dataset-problems.tsx').then((m) => ({ default: m.DatasetProblems })));

// The line that names a dataset of one's own: its code loads beside such a dataset (see
// preloadDatasetBanner), not with the app, which most readers open on the embedded one.
const datasetBanner = preloadable(() => import('./dataset-banner.tsx').then((module) => module.DatasetBanner));
/** Starts loading the banner's code, for a link that names a dataset of one's own. */
export const preloadDatasetBanner = datasetBanner.preload;

/** The frame around every page; pages render once their dataset is ready. */
export function AppLayout() {
  const current = useDataState();
  // The first render of a page with its dataset is the largest of the app: rendered as a
  // deferred value it yields to the browser between components. Only that change is
  // deferred, since pages read the dataset from the store and need it to be ready. When
  // the dataset is ready before the app first renders (the embedded one is preloaded),
  // the first render shows "loading" and the page follows in the same slices.
  const deferred = useDeferredValue(current, { status: 'loading', param: current.param, label: current.label });
  const data = current.status === 'ready' ? deferred : current;
  const DatasetBanner = datasetBanner.component;
  // A dataset shown while it was checked says so once the check has passed: its status
  // line keeps its place, so the page does not move up under the reader. Kept here, not
  // in the banner, which is remounted when its code arrives.
  const [shownWhileChecking, setShownWhileChecking] = useState(false);
  const checking = data.status === 'ready' && data.checking;
  if (checking && !shownWhileChecking) setShownWhileChecking(true);
  if (data.status !== 'ready' && shownWhileChecking) setShownWhileChecking(false);
  const { pathname } = useLocation();
  // Importing must stay possible when the dataset in the link cannot be opened.
  const isImportPage = pathname === '/import';
  // While the first dataset loads, index.html's first paint says so; the app draws nothing
  // over it, and takes it away in the commit that brings the page.
  const keepFirstPaint = data.status === 'loading' && !isImportPage && firstPaintShown();
  useLayoutEffect(() => {
    if (!keepFirstPaint) retireFirstPaint();
  }, [keepFirstPaint]);
  // The two come first in both trees, so that they stay mounted when the page takes over.
  const watchers = (
    <>
      <UrlSync />
      <Suspense fallback={null}>
        <PageArrival />
      </Suspense>
    </>
  );
  if (keepFirstPaint) return <>{watchers}</>;
  return (
    <>
      {watchers}
      <SkipLink target="main">Skip to content</SkipLink>
      {/* The explorer's filters come first: the results are one more skip away. */}
      {pathname === '/' && <SkipLink target={RESULTS_ID}>Skip to results</SkipLink>}
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-7xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
          <p className="font-serif text-2xl font-semibold">
            <AppLink to="/" className="text-ink no-underline">
              Narratives
            </AppLink>
          </p>
          <nav aria-label="Main">
            <ul className="flex gap-4 text-sm">
              <li>
                <AppLink to="/">Explorer</AppLink>
              </li>
              <li>
                <AppLink to="/sources">Sources</AppLink>
              </li>
              <li>
                <AppLink to="/import">Your data</AppLink>
              </li>
              <li>
                <AppLink to="/about">About</AppLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {data.param !== null && data.status === 'ready' && (
        <Suspense fallback={null}>
          <DatasetBanner
            label={data.label}
            param={data.param}
            checking={data.checking}
            shownWhileChecking={shownWhileChecking}
          />
        </Suspense>
      )}
      <main id="main" tabIndex={-1} className="min-h-screen focus:outline-none">
        {data.status === 'ready' || isImportPage ? (
          <Outlet />
        ) : data.status === 'loading' ? (
          <div className="mx-auto max-w-7xl px-4 py-10">
            {/* As index.html shows it before the scripts run: what the reader is about to open. */}
            <p className="max-w-2xl font-serif text-xl">{STANDFIRST}</p>
            <p className="mt-2 text-muted" role="status" aria-live="polite">
              Loading the dataset…
            </p>
          </div>
        ) : (
          <Suspense
            fallback={
              <p className="mx-auto max-w-3xl px-4 py-10 font-serif text-lg" role="alert">
                {data.message}
              </p>
            }
          >
            <DatasetProblems message={data.message} problems={data.problems} />
          </Suspense>
        )}
      </main>
      <footer className="mt-12 border-t border-rule">
        <p className="mx-auto max-w-7xl px-4 py-4 text-sm text-muted">
          Every claim quotes its source word for word; summaries are ours. Narratives makes no request to anyone but
          this site.
        </p>
      </footer>
    </>
  );
}

/** A link for keyboard users past what comes before `target`, shown only when focused. */
function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        // Focus the target without putting its id into the shared URL.
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-paper focus:p-2"
    >
      {children}
    </a>
  );
}
