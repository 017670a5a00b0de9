// The quarterly review loads on demand, like every page but the overview.
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const ReviewPage = lazy(() => import('./components/review-page').then((module) => ({ default: module.ReviewPage })));

export function ReviewRoute() {
  return (
    <LazyPage>
      <ReviewPage />
    </LazyPage>
  );
}
