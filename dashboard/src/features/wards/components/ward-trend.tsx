import { useId } from 'react';
import { placeAnnotations, quarterPeriods } from '../../../components/charts/annotation-marks';
import { BarChartWithTable } from '../../../components/charts/bar-chart-with-table';
import type { ChartCategory } from '../../../components/charts/chart-types';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { useChartAnnotations, type ChartAnnotations } from '../../../graphql/chart-annotations';
import { describeError } from '../../../lib/describe-error';
import { financialYearRange, QUARTERS, quarterLabel } from '../../../lib/financial-periods';
import { formatFigure } from '../../../lib/format';
import type { Ward } from '../../../lib/lambeth-wards';
import type { QuarterFigure, WardMeasure } from '../graphql/documents';
import { useWardMeasureFigures } from '../hooks/use-ward-measure-figures';
import { figureKind, formatWardFigure, NO_FIGURE } from '../ward-figures';
import { HEADLINE_MEASURE } from '../ward-periods';
import { TOO_SMALL, yearSpan } from '../ward-statements';

type QuarterRow = { quarter: string; value: number | null };

interface TrendProps {
  measure: WardMeasure;
  ward: Ward;
  financialYear: string;
}

function quarterRows(quarters: readonly QuarterFigure[]): QuarterRow[] {
  return quarters.map((q) => ({ quarter: q.period?.label ?? 'Whole year', value: q.value }));
}

/** The headline measure by quarter: the ward's own, or Lambeth's where every quarter of the ward's is withheld. */
function HeadlineTrend({ measure, ward, financialYear, events }: TrendProps & { events: ChartAnnotations }) {
  const figures = useWardMeasureFigures(measure.id, financialYear, ward.code);
  const allWithheld = figures.wardQuarters.length > 0 && figures.wardQuarters.every((q) => q.suppressed);
  const place = allWithheld ? 'Lambeth' : ward.name;
  const rows = quarterRows(allWithheld ? figures.boroughQuarters : figures.wardQuarters);
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
        summary={summariseHighest({ subject, plural: measure.unit === 'COUNT', points: rows.map((r) => ({ label: r.quarter, value: r.value })), format, periodNoun: 'quarter' })}
        loading={figures.loading}
        loadingMessage={`Loading ${measure.label} by quarter…`}
        error={figures.error && !figures.ward ? describeError(figures.error) : undefined}
        emptyMessage={`There are no quarterly figures for ${subject} in ${yearSpan(financialYear)}.`}
        annotations={placeAnnotations(events.annotations, quarterPeriods(rows.map((row) => row.quarter)))}
        annotationsUnavailable={events.unavailable}
      />
    </>
  );
}

function QuarterCells({ measure, ward, financialYear }: TrendProps) {
  const figures = useWardMeasureFigures(measure.id, financialYear, ward.code);
  const byLabel = new Map(figures.wardQuarters.map((q) => [q.period?.label, q]));
  const placeholder = figures.loading ? '…' : NO_FIGURE;
  return (
    <tr>
      <th scope="row">{measure.label}</th>
      {QUARTERS.map((quarter) => {
        const found = byLabel.get(quarterLabel(financialYear, quarter));
        return (
          <td className="app-table__numeric" key={quarter}>
            {found ? formatWardFigure(figureKind(found), measure.unit) : placeholder}
          </td>
        );
      })}
      <td className="app-table__numeric">{figures.ward ? formatWardFigure(figures.ward, measure.unit) : placeholder}</td>
    </tr>
  );
}

/** The trend through the year: a chart of the headline measure, and every measure by quarter as a table. */
export function WardTrend({ measures, ward, financialYear }: { measures: readonly WardMeasure[]; ward: Ward; financialYear: string }) {
  const headingId = useId();
  const headline = measures.find((m) => m.id === HEADLINE_MEASURE) ?? measures[0];
  const events = useChartAnnotations(financialYearRange(financialYear));
  return (
    <section className="app-section app-briefing__keep" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        Through the year
      </h2>
      <p className="app-body">Quarters follow the financial year: Q1 is April to June, Q4 is January to March.</p>
      {headline && <HeadlineTrend measure={headline} ward={ward} financialYear={financialYear} events={events} />}
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
              <QuarterCells key={measure.id} measure={measure} ward={ward} financialYear={financialYear} />
            ))}
          </tbody>
        </table>
      </div>
      <ConfidentialLegend />
    </section>
  );
}
