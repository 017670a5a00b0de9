import { lazy, Suspense } from 'react';
import { AnnotationList } from './annotation-list';
import type { AnnotationLayer } from './annotation-marks';
import type { ChartCategory, ChartRow, IndexKey, ValueFormatter } from './chart-types';

const BarChartGraphic = lazy(() => import('./bar-chart-graphic'));

export interface SmallMultiplePanel<Row extends ChartRow> {
  id: string;
  /** Names the panel; its heading. */
  title: string;
  /** One sentence saying what the panel's figures show. */
  summary: string;
  data: readonly Row[];
}

export interface SmallMultiplesProps<Row extends ChartRow> {
  panels: readonly SmallMultiplePanel<Row>[];
  indexKey: IndexKey<Row>;
  category: ChartCategory<Row>;
  valueFormatter: ValueFormatter;
  /** The level of each panel's heading, one below the section's. */
  headingLevel: 3 | 4;
  /** Events marked on every panel (they share the index) and listed once beneath them all. */
  annotations?: AnnotationLayer;
  annotationsUnavailable?: boolean;
}

/**
 * One small bar chart per panel, each with a heading and a summary sentence. The drawings are
 * hidden from assistive technology: show the same figures in a table beside them.
 */
export function SmallMultiples<Row extends ChartRow>({
  panels,
  indexKey,
  category,
  valueFormatter,
  headingLevel,
  annotations,
  annotationsUnavailable = false,
}: SmallMultiplesProps<Row>) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <ul className="app-small-multiples">
        {panels.map((panel) => (
          <li className="app-small-multiples__panel" key={panel.id}>
            <Heading className="app-heading-s">{panel.title}</Heading>
            <p className="app-small-multiples__summary">{panel.summary}</p>
            <div className="app-small-multiples__graphic" aria-hidden="true">
              <Suspense fallback={<div className="app-small-multiples__placeholder" />}>
                <BarChartGraphic
                  data={panel.data}
                  indexKey={indexKey}
                  categories={[category]}
                  formatTick={valueFormatter}
                  formatTooltip={valueFormatter}
                  height={180}
                  markers={annotations?.markers}
                />
              </Suspense>
            </div>
          </li>
        ))}
      </ul>
      {(annotations || annotationsUnavailable) && (
        <AnnotationList
          notes={annotations?.notes ?? []}
          heading="Events on these charts"
          explanation="A numbered line on each chart marks the quarter each falls in."
          unavailable={annotationsUnavailable}
        />
      )}
    </>
  );
}
