// The measure detail page loads on demand, like every page but the overview.
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const MeasurePage = lazy(() => import('./components/measure-page').then((module) => ({ default: module.MeasurePage })));

export function MeasureRoute({ measureId }: { measureId: string }) {
  return (
    <LazyPage>
      <MeasurePage measureId={measureId} />
    </LazyPage>
  );
}
