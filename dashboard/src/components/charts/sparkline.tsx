import { lazy, Suspense } from 'react';
import type { ChartMarker } from './annotation-marks';
import type { SparklinePoint } from './sparkline-graphic';
import './charts.css';

const SparklineGraphic = lazy(() => import('./sparkline-graphic'));

/**
 * A decorative trend line: hidden from assistive technology, so only use it beside the figures
 * it draws (a table row, a summary sentence), and list the events its ticks mark (AnnotationList).
 */
export function Sparkline({
  points,
  markers = [],
  width = 120,
  height = 32,
}: {
  points: readonly SparklinePoint[];
  markers?: readonly ChartMarker[];
  width?: number;
  height?: number;
}) {
  return (
    <span className="app-sparkline" aria-hidden="true" style={{ width, height }}>
      {points.length > 1 && (
        <Suspense fallback={null}>
          <SparklineGraphic points={points} markers={markers} width={width} height={height} />
        </Suspense>
      )}
    </span>
  );
}
