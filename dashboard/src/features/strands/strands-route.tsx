// The Gaia strands page loads on demand, like every page but the overview.
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const StrandsPage = lazy(() => import('./components/strands-page').then((module) => ({ default: module.StrandsPage })));

export function StrandsRoute() {
  return (
    <LazyPage>
      <StrandsPage />
    </LazyPage>
  );
}
