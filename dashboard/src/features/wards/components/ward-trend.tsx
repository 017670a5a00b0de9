import { useId } from 'react';
import { placeAnnotations, quarterPeriods } from '../../../components/charts/annotation-marks';
import { BarChartWithTable } from '../../../components/charts/bar-chart-with-table';
import type { ChartCategory } from '../../../components/charts/chart-types';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { useChartAnnotations, type ChartAnnotations } from '../../../graphql/chart-annotations';
import type { DataCoverage } from '../../../graphql/data-coverage';
import type { Ward } from '../../../graphql/wards';
import { collectionOf, NOT_COLLECTED } from '../../../lib/coverage-periods';
import { describeError, isNotCollected } from '../../../lib/describe-error';
import { financialYearRange, QUARTERS, quarterLabel, quarterRange } from '../../../lib/financial-periods';
import { formatFigure } from '../../../lib/format';
import { NOT_YET, periodCell, type PeriodCell, type PeriodContext } from '../../../lib/period-cells';
import type { QuarterFigure, WardMeasure } from '../graphql/types';
import { useWardMeasureFigures } from '../hooks/use-ward-measure-figures';
import { formatWardFigure } from '../ward-figures';
import { HEADLINE_MEASURE, wardGapMeanings } from '../ward-periods';
import { TOO_SMALL, yearSpan } from '../ward-statements';

type QuarterRow = { quarter: string; value: number | null };

interface TrendProps {
  measure: WardMeasure;
  ward: Ward;
  financialYear: string;
  coverage: DataCoverage;
}

/** The year's four quarters, each a figure or the words for why it has none (not begun, not collected, the ward not yet created). */
function quarterCells(financialYear: string, rows: readonly QuarterFigure[], context: PeriodContext): PeriodCell[] {
  return QUARTERS.map((quarter) => {
    const label = quarterLabel(financialYear, quarter);
    return periodCell(label, quarterRange(label) ?? financialYearRange(financialYear), rows, context);
  });
}

/** The headline measure by quarter: the ward's own, or Lambeth's where every quarter of the ward's is withheld. */
function HeadlineTrend({ measure, ward, financialYear, coverage, events }: TrendProps & { events: ChartAnnotations }) {
  const figures = useWardMeasureFigures(measure.id, financialYear, ward.code);
  const allWithheld = figures.wardQuarters.length > 0 && figures.wardQuarters.every((q) => q.suppressed);
  const place = allWithheld ? 'Lambeth' : ward.name;
  const collection = collectionOf(coverage, measure.id);
  const context: PeriodContext = { collection, today: coverage.today, notCollected: figures.notCollected, ...(allWithheld ? {} : { ward }) };
  // Quarters not begun are left off the chart; those before collection or before the ward stay, in words.
  const cells = quarterCells(financialYear, allWithheld ? figures.boroughQuarters : figures.wardQuarters, context).filter((cell) => cell.words !== NOT_YET);
  const rows: QuarterRow[] = figures.loading ? [] : cells.map((cell) => ({ quarter: cell.label, value: cell.value }));
  const words = new Map(cells.map((cell) => [cell.label, cell.words]));
  const format = (value: number | null) => formatFigure(value, measure.unit);
  const categories: ChartCategory<QuarterRow>[] = [{ key: 'value', label: place }];
  const subject = `${measure.label} in ${place}`;
  return (
    <>
      {allWithheld && (
        <p className="app-body app-briefing__fallback">
          {TOO_SMALL} The chart and table show the whole of Lambeth instead.
        </p>
      )}
      <BarChartWithTable
        title={`${subject} by quarter, ${financialYear}`}
        data={rows}
        indexKey="quarter"
        indexLabel="Quarter"
        categories={categories}
        valueFormatter={format}
        cellWords={(row) => words.get(row.quarter)}
        gapMeanings={wardGapMeanings(ward, collection)}
        summary={summariseHighest({
          subject,
          plural: measure.unit === 'COUNT',
          points: cells.filter((cell) => cell.words === undefined).map((cell) => ({ label: cell.label, value: cell.value })),
          format,
          periodNoun: 'quarter',
        })}
        loading={figures.loading}
        loadingMessage={`Loading ${measure.label} by quarter…`}
        error={figures.error && !figures.ward && !isNotCollected(figures.error) ? describeError(figures.error) : undefined}
        emptyMessage={`There are no quarterly figures for ${subject} in ${yearSpan(financialYear)}.`}
        annotations={placeAnnotations(events.annotations, quarterPeriods(rows.map((row) => row.quarter)))}
        annotationsUnavailable={events.unavailable}
      />
    </>
  );
}

function QuarterCells({ measure, ward, financialYear, coverage }: TrendProps) {
  const figures = useWardMeasureFigures(measure.id, financialYear, ward.code);
  const context: PeriodContext = { collection: collectionOf(coverage, measure.id), today: coverage.today, notCollected: figures.notCollected, ward };
  const cells = quarterCells(financialYear, figures.wardQuarters, context);
  const notCollectedYear = isNotCollected(figures.error);
  const pending = figures.loading ? '…' : undefined;
  return (
    <tr>
      <th scope="row">{measure.label}</th>
      {cells.map((cell) => (
        <td className="app-table__numeric" key={cell.label}>
          {notCollectedYear ? NOT_COLLECTED : (pending ?? cell.words ?? formatFigure(cell.value, measure.unit))}
        </td>
      ))}
      <td className="app-table__numeric">
        {notCollectedYear ? NOT_COLLECTED : figures.ward ? formatWardFigure(figures.ward, measure.unit) : (pending ?? 'could not be loaded')}
      </td>
    </tr>
  );
}

/** The trend through the year: a chart of the headline measure, and every measure by quarter as a table. */
export function WardTrend({ measures, ward, financialYear, coverage }: { measures: readonly WardMeasure[]; ward: Ward; financialYear: string; coverage: DataCoverage }) {
  const headingId = useId();
  const headline = measures.find((m) => m.id === HEADLINE_MEASURE) ?? measures[0];
  const events = useChartAnnotations(financialYearRange(financialYear));
  return (
    <section className="app-section app-briefing__keep" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        Through the year
      </h2>
      <p className="app-body">Quarters follow the financial year: Q1 is April to June, Q4 is January to March.</p>
      {headline && <HeadlineTrend measure={headline} ward={ward} financialYear={financialYear} coverage={coverage} events={events} />}
      <div className="app-table-scroll">
        <table className="app-table app-table--compact">
          <caption className="app-table__caption">
            {ward.name} by quarter, {financialYear}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {QUARTERS.map((quarter) => (
                <th scope="col" className="app-table__numeric" key={quarter}>
                  Q{quarter}
                </th>
              ))}
              <th scope="col" className="app-table__numeric">
                Year
              </th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <QuarterCells key={measure.id} measure={measure} ward={ward} financialYear={financialYear} coverage={coverage} />
            ))}
          </tbody>
        </table>
      </div>
      <ConfidentialLegend />
    </section>
  );
}
