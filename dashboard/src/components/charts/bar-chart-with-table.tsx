import { lazy, Suspense, useEffect, useId, type ReactNode } from 'react';
import { AnnotationList } from './annotation-list';
import type { AnnotationLayer } from './annotation-marks';
import { ChartKey } from './chart-key';
import { ChartStatus, chartState, type ChartStatusMessages } from './chart-status';
import { gapsIn, type CellWords, type ChartCategory, type ChartRow, type GapMeanings, type IndexKey, type ValueFormatter } from './chart-types';
import './charts.css';
import { DataTable } from '../data-table';

const loadGraphic = () => import('./bar-chart-graphic');
const BarChartGraphic = lazy(loadGraphic);

export interface BarChartWithTableProps<Row extends ChartRow> extends ChartStatusMessages {
  /** Names what is shown; the table's caption. */
  title: string;
  data: readonly Row[];
  /** The field that labels each bar and table row, e.g. a period label. */
  indexKey: IndexKey<Row>;
  /** Heading of the index column, e.g. "Quarter". */
  indexLabel: string;
  categories: readonly ChartCategory<Row>[];
  valueFormatter: ValueFormatter;
  /** Shown under the table, e.g. the [c] legend. */
  notes?: ReactNode;
  /** A last row, e.g. the API's total: one value per category. Never a sum of the rows, which may be withheld. */
  footer?: { label: string; values: readonly (number | null)[] };
  /** Bars running left to right: for long labels such as strand names. */
  horizontal?: boolean;
  /** Events to mark on a time chart and list beneath it (placeAnnotations). */
  annotations?: AnnotationLayer;
  /** The events could not be loaded: the list says so. */
  annotationsUnavailable?: boolean;
  /** Words instead of a figure for cells with none for a reason other than withholding ("not collected"). */
  cellWords?: CellWords<Row>;
  /** What those words mean, for the key beneath the chart. */
  gapMeanings?: GapMeanings;
}

/**
 * A bar chart with the same figures as a table beside it and a one-line summary above.
 * The table is the accessible version; the drawing is decoration for sighted readers.
 */
export function BarChartWithTable<Row extends ChartRow>({
  title,
  data,
  indexKey,
  indexLabel,
  categories,
  valueFormatter,
  notes,
  footer,
  horizontal = false,
  annotations,
  annotationsUnavailable = false,
  cellWords,
  gapMeanings,
  ...messages
}: BarChartWithTableProps<Row>) {
  const summaryId = useId();
  // Fetch the chart code while the figures load, not after.
  useEffect(() => {
    void loadGraphic();
  }, []);

  const state = chartState(messages, data.length);
  // Bands for the gaps the key explains; other words ("–", no figure) stay in the table and tooltip only.
  const gaps = horizontal ? [] : gapsIn(data, indexKey, categories, cellWords).filter((gap) => gapMeanings?.[gap.words] !== undefined);
  const cellText = (row: Row, key: (typeof categories)[number]['key']) => cellWords?.(row, key) ?? valueFormatter(row[key] as number | null);
  // With no figure at all to draw (every period not collected, say), the table and the key say it all.
  const drawn = data.some((row) => categories.some((category) => typeof row[category.key] === 'number' || cellWords?.(row, category.key) === undefined));

  return (
    <div className="app-chart">
      <ChartStatus state={state} id={summaryId} {...messages} />

      {state === 'ready' && (
        <div className="app-chart__body">
          <div className="app-chart__drawing">
            {drawn && (
              <div className="app-chart__graphic" aria-hidden="true">
                <Suspense fallback={<div className="app-chart__placeholder" />}>
                  <BarChartGraphic
                    data={data}
                    indexKey={indexKey}
                    categories={categories}
                    formatTick={valueFormatter}
                    cellText={(row, key) => cellText(row as Row, key as (typeof categories)[number]['key'])}
                    horizontal={horizontal}
                    markers={annotations?.markers}
                    gaps={gaps}
                  />
                </Suspense>
              </div>
            )}
            <ChartKey categories={categories} gaps={gaps} gapMeanings={gapMeanings} />
            {(annotations || annotationsUnavailable) && <AnnotationList notes={annotations?.notes ?? []} unavailable={annotationsUnavailable} />}
          </div>
          <div className="app-chart__table">
            <DataTable
              caption={title}
              headings={[indexLabel, ...categories.map((category) => ({ text: category.label, numeric: true }))]}
              describedBy={summaryId}
              foot={
                footer && (
                  <tfoot>
                    <tr className="app-table__total">
                      <th scope="row">{footer.label}</th>
                      {categories.map((category, index) => (
                        <td className="app-table__numeric" key={category.key}>
                          {valueFormatter(footer.values[index] ?? null)}
                        </td>
                      ))}
                    </tr>
                  </tfoot>
                )
              }
            >
              {data.map((row) => (
                <tr key={String(row[indexKey])}>
                  <th scope="row">{row[indexKey]}</th>
                  {categories.map((category) => (
                    <td className="app-table__numeric" key={category.key}>
                      {cellText(row, category.key)}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
            {notes}
          </div>
        </div>
      )}
    </div>
  );
}
