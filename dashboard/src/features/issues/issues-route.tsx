// The emerging issues page loads on demand, like every page but the overview.
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const IssuesPage = lazy(() => import('./components/issues-page').then((module) => ({ default: module.IssuesPage })));

export function IssuesRoute() {
  return (
    <LazyPage>
      <IssuesPage />
    </LazyPage>
  );
}
