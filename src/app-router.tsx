import { createBrowserRouter } from 'react-router';
import { AboutPage } from './routes/about-page.tsx';
import { ActorPage } from './routes/actor-page.tsx';
import { AppLayout } from './routes/app-layout.tsx';
import { EventPage } from './routes/event-page.tsx';
import { ExplorerPage } from './routes/explorer-page.tsx';
import { NotFound } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SourcePage } from './routes/source-page.tsx';
import { SourcesPage } from './routes/sources-page.tsx';

/** Each page has its own error boundary, inside the layout, so the frame and the filters survive. */
export const routes = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ExplorerPage /> },
          { path: 'events/:eventId', element: <EventPage /> },
          { path: 'actors/:actorId', element: <ActorPage /> },
          { path: 'sources', element: <SourcesPage /> },
          { path: 'sources/:sourceId', element: <SourcePage /> },
          { path: 'about', element: <AboutPage /> },
          // The validator and storage code load only when a reader imports a dataset.
          { path: 'import', lazy: async () => ({ Component: (await import('./routes/import-page.tsx')).ImportPage }) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
