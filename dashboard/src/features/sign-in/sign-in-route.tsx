// The sign-in page loads on demand: most visits come with a token already.
import { lazy } from 'react';
import { LazyPage } from '../../components/lazy-page';

const SignInPage = lazy(() => import('./components/sign-in-page').then((module) => ({ default: module.SignInPage })));

export function SignInRoute() {
  return (
    <LazyPage>
      <SignInPage />
    </LazyPage>
  );
}
