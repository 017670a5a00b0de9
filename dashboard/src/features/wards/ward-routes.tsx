// The ward pages load on demand: most visits never open them.
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const WardMapPage = lazy(() => import('./components/ward-map-page').then((module) => ({ default: module.WardMapPage })));
const WardPage = lazy(() => import('./components/ward-page').then((module) => ({ default: module.WardPage })));

export function WardMapRoute() {
  return (
    <LazyPage>
      <WardMapPage />
    </LazyPage>
  );
}

export function WardRoute({ code }: { code: string }) {
  return (
    <LazyPage>
      <WardPage code={code} />
    </LazyPage>
  );
}
