import { lazy, Suspense } from 'react';
import { AnnotationList } from './annotation-list';
import type { AnnotationLayer } from './annotation-marks';
import { ChartKey } from './chart-key';
import { gapsIn, type CellWords, type ChartCategory, type ChartRow, type GapMeanings, type IndexKey, type ValueFormatter } from './chart-types';
import './charts.css';

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
  /** Words instead of a figure for cells with none for a reason other than withholding ("not collected"), and what they mean. */
  cellWords?: CellWords<Row>;
  gapMeanings?: GapMeanings;
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
  cellWords,
  gapMeanings,
}: SmallMultiplesProps<Row>) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const cellText = (row: Row, key: string) => cellWords?.(row, key as typeof category.key) ?? valueFormatter(row[key] as number | null);
  // Bands for the gaps the key explains; other words stay in the table and tooltip only.
  const gapsOf = (data: readonly Row[]) => gapsIn(data, indexKey, [category], cellWords).filter((gap) => gapMeanings?.[gap.words] !== undefined);
  // Every panel shares the index, so their gaps are the same: keyed once beneath them all.
  const sharedGaps = gapsOf(panels[0]?.data ?? []);
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
                  cellText={(row, key) => cellText(row as Row, key)}
                  height={180}
                  markers={annotations?.markers}
                  gaps={gapsOf(panel.data)}
                />
              </Suspense>
            </div>
          </li>
        ))}
      </ul>
      <ChartKey categories={[category]} gaps={sharedGaps} gapMeanings={gapMeanings} />
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
