import { lazy, Suspense } from 'react';
import { BrowserRouter, Outlet, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './routes/app-layout.tsx';
import { ExplorerPage } from './routes/explorer-page.tsx';
import { AppLinkNavigation, BASENAME } from './url/app-link.tsx';
import { PageErrorBoundary } from './routes/route-error.tsx';
import { WhenChecked } from './routes/when-checked.tsx';

// Pages other than the explorer load on first visit, keeping the first page load small.
const EventPage = lazy(() => import('./routes/event-page.tsx').then((m) => ({ default: m.EventPage })));
const ActorPage = lazy(() => import('./routes/actor-page.tsx').then((m) => ({ default: m.ActorPage })));
const SourcesPage = lazy(() => import('./routes/sources-page.tsx').then((m) => ({ default: m.SourcesPage })));
const SourcePage = lazy(() => import('./routes/source-page.tsx').then((m) => ({ default: m.SourcePage })));
const AboutPage = lazy(() => import('./routes/about-page.tsx').then((m) => ({ default: m.AboutPage })));
const NotFound = lazy(() => import('./routes/not-found.tsx').then((m) => ({ default: m.NotFound })));
const ImportPage = lazy(() => import('./routes/import-page.tsx').then((m) => ({ default: m.ImportPage })));

/** Each page has its own error boundary, inside the layout, so the frame and the filters survive. */
function Page() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary key={pathname}>
      <Suspense fallback={<p className="mx-auto max-w-7xl px-4 py-10 text-muted">Loading…</p>}>
        <Outlet />
      </Suspense>
    </PageErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <AppLinkNavigation>
      <Routes>
        <Route element={<AppLayout />}>
          <Route element={<Page />}>
            <Route index element={<ExplorerPage />} />
            <Route
              path="events/:eventId"
              element={
                <WhenChecked>
                  <EventPage />
                </WhenChecked>
              }
            />
            <Route
              path="actors/:actorId"
              element={
                <WhenChecked>
                  <ActorPage />
                </WhenChecked>
              }
            />
            <Route path="sources" element={<SourcesPage />} />
            <Route
              path="sources/:sourceId"
              element={
                <WhenChecked>
                  <SourcePage />
                </WhenChecked>
              }
            />
            <Route path="about" element={<AboutPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </AppLinkNavigation>
  );
}

export function App() {
  return (
    <BrowserRouter basename={BASENAME || '/'}>
      <AppRoutes />
    </BrowserRouter>
  );
}
