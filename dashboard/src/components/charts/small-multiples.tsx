import { lazy, Suspense } from 'react';
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
}

/**
 * One small bar chart per panel, each with a heading and a summary sentence. The drawings are
 * hidden from assistive technology: show the same figures in a table beside them.
 */
export function SmallMultiples<Row extends ChartRow>({ panels, indexKey, category, valueFormatter, headingLevel }: SmallMultiplesProps<Row>) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
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
              />
            </Suspense>
          </div>
        </li>
      ))}
    </ul>
  );
}
