import { lazy, Suspense } from 'react';

const SparklineGraphic = lazy(() => import('./sparkline-graphic'));

/**
 * A decorative trend line: hidden from assistive technology, so only use it beside the figures
 * it draws (a table row, a summary sentence).
 */
export function Sparkline({ values, width = 120, height = 32 }: { values: readonly (number | null)[]; width?: number; height?: number }) {
  return (
    <span className="app-sparkline" aria-hidden="true" style={{ width, height }}>
      {values.length > 1 && (
        <Suspense fallback={null}>
          <SparklineGraphic values={values} width={width} height={height} />
        </Suspense>
      )}
    </span>
  );
}
