import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A page whose code is fetched when someone first opens it, so the first download stays small:
 * `lazyPage(() => import('./review-page').then((m) => m.ReviewPage))`. Its stylesheets come with it.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyLoadedPage(props: Props) {
    return (
      <Suspense
        fallback={
          <p className="app-body" role="status">
            Loading the page…
          </p>
        }
      >
        <Page {...props} />
      </Suspense>
    );
  };
}
