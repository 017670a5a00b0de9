import { lazy, Suspense, useEffect, useId, type ReactNode } from 'react';
import { AnnotationList } from './annotation-list';
import type { AnnotationLayer } from './annotation-marks';
import { ChartKey } from './chart-key';
import { ChartStatus, chartState, type ChartStatusMessages } from './chart-status';
import { gapRuns, type GapMeanings } from './chart-types';
import { spcColours } from './palette';
import { SPC_POINT_STYLES, type SpcChartRow, type SpcPointKind } from './spc-chart-types';
import { SpcPointMark } from './spc-point-mark';
import './charts.css';
import { DataTable } from '../data-table';

const loadGraphic = () => import('./spc-chart-graphic');
const SpcChartGraphic = lazy(loadGraphic);

/** A row of the chart and of its table: the table adds words for what the chart draws. */
export interface SpcTableRow extends SpcChartRow {
  /** How the table names the period, e.g. "April 2012". */
  periodLabel: string;
  /** "Trial" until a baseline has enough points, then "Locked". */
  limitsLabel: string;
  /** The special cause in words, or "" for common cause. */
  specialCause: string;
}

export interface SpcChartWithTableProps extends ChartStatusMessages {
  /** Names what is shown; the table's caption. */
  title: string;
  rows: readonly SpcTableRow[];
  /** Timeline events, analysts' notes and series breaks: numbered lines on the chart, listed beneath it. */
  annotations: AnnotationLayer;
  /** A figure as the table writes it; null is a limit not yet computed. */
  formatValue: (value: number | null) => string;
  formatAxisPeriod: (period: string) => string;
  /** Under the table, e.g. a download button. */
  actions?: ReactNode;
  /** What the words of months without figures mean ("not collected" → when collection began), for the key. */
  gapMeanings?: GapMeanings;
}

const LEGEND_KINDS: readonly SpcPointKind[] = ['common', 'improvement', 'concern', 'neither'];

function SpcLegend({ kinds }: { kinds: ReadonlySet<SpcPointKind> }) {
  return (
    <ul className="app-chart-legend">
      <li>
        <svg width="28" height="14" aria-hidden="true" focusable="false"><line x1="0" y1="7" x2="28" y2="7" stroke={spcColours.mean} strokeWidth="2" /></svg>
        Mean
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true" focusable="false"><line x1="0" y1="7" x2="28" y2="7" stroke={spcColours.limit} strokeWidth="2" strokeDasharray="6 4" /></svg>
        Process limits
      </li>
      {LEGEND_KINDS.filter((kind) => kind === 'common' || kinds.has(kind)).map((kind) => (
        <li key={kind}>
          <svg width="16" height="16" aria-hidden="true" focusable="false"><SpcPointMark kind={kind} cx={8} cy={8} /></svg>
          {SPC_POINT_STYLES[kind].label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A statistical process control chart with its figures as a table underneath and a one-line
 * summary above. The table is the accessible version; the drawing is for sighted readers.
 */
export function SpcChartWithTable({ title, rows, annotations, formatValue, formatAxisPeriod, actions, gapMeanings, ...messages }: SpcChartWithTableProps) {
  const summaryId = useId();
  // Fetch the chart code while the figures load, not after.
  useEffect(() => {
    void loadGraphic();
  }, []);
  const state = chartState(messages, rows.length);
  const formatNumber = (value: number) => formatValue(value);
  const gaps = gapRuns(rows, (row) => row.period, (row) => row.gap);

  return (
    <div className="app-chart">
      <ChartStatus state={state} id={summaryId} {...messages} />
      {state === 'ready' && (
        <>
          <div className="app-chart__graphic app-chart__graphic--spc" aria-hidden="true">
            <Suspense fallback={<div className="app-chart__placeholder" />}>
              <SpcChartGraphic rows={rows} markers={annotations.markers} formatValue={formatNumber} formatPeriod={formatAxisPeriod} gaps={gaps} />
            </Suspense>
            <SpcLegend kinds={new Set(rows.map((row) => row.kind))} />
          </div>
          <ChartKey categories={[]} gaps={gaps} gapMeanings={gapMeanings} />
          <AnnotationList notes={annotations.notes} />
          <DataTable
            caption={title}
            headings={[
              'Month',
              { text: 'Value', numeric: true },
              { text: 'Mean', numeric: true },
              { text: 'Lower process limit', numeric: true },
              { text: 'Upper process limit', numeric: true },
              'Limits',
              'Special cause',
            ]}
            className="app-table--compact"
            region={title}
            describedBy={summaryId}
          >
            {rows.map((row) => (
              <tr key={row.period}>
                <th scope="row" className="app-table__nowrap">
                  {row.periodLabel}
                </th>
                <td className="app-table__numeric">{row.gap ?? formatValue(row.value)}</td>
                <td className="app-table__numeric">{row.gap ? '' : formatValue(row.mean)}</td>
                <td className="app-table__numeric">{row.gap ? '' : formatValue(row.lowerLimit)}</td>
                <td className="app-table__numeric">{row.gap ? '' : formatValue(row.upperLimit)}</td>
                <td>{row.limitsLabel}</td>
                <td>{row.gap ? '' : row.specialCause || 'None'}</td>
              </tr>
            ))}
          </DataTable>
          {actions}
        </>
      )}
    </div>
  );
}
