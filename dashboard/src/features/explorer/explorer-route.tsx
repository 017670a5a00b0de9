// The explorer page loads on demand; the GraphQL editor inside it loads later still (it is the heaviest code).
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const ExplorerPage = lazy(() => import('./components/explorer-page').then((module) => ({ default: module.ExplorerPage })));

export function ExplorerRoute() {
  return (
    <LazyPage>
      <ExplorerPage />
    </LazyPage>
  );
}
