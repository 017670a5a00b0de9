import { Suspense, type ReactNode } from 'react';

/**
 * A page whose code is fetched when someone opens it, so the first download stays small.
 * Wrap a React.lazy component in it.
 */
export function LazyPage({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="app-body" role="status">
          Loading the page…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
