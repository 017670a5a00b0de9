import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { annotationMarks, financialYearPeriods, placeMarks, type DatedMark } from '../../../components/charts/annotation-marks';
import { BarChartWithTable } from '../../../components/charts/bar-chart-with-table';
import type { ChartCategory } from '../../../components/charts/chart-types';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { useChartAnnotations } from '../../../graphql/chart-annotations';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { WardBoundaryEstimatesDocument } from '../../../graphql/generated/graphql';
import type { Ward } from '../../../graphql/wards';
import { collectionOf, coverageRange } from '../../../lib/coverage-periods';
import { describeError } from '../../../lib/describe-error';
import { addDays, financialYearRange } from '../../../lib/financial-periods';
import { formatDate, formatFigure, NO_FIGURE } from '../../../lib/format';
import { absenceIn } from '../../../lib/period-cells';
import type { WardMeasure } from '../graphql/types';
import { useWardYearTotals } from '../hooks/use-ward-year-totals';
import { wardGapMeanings, wardYears } from '../ward-periods';

type YearRow = { year: string; counted: number | null; estimate: number | null };

/** The series breaks a ward's boundaries make: the day it was created, and the day after it was abolished. */
function boundaryMarks(ward: Ward): DatedMark[] {
  const created = { date: ward.validFrom, title: `Ward boundaries changed: ${ward.name} was created, and its series starts here`, source: 'series break', isBreak: true };
  if (!ward.validTo) return [created];
  return [created, { date: addDays(ward.validTo, 1), title: `Ward boundaries changed: ${ward.name} was abolished, and its series ends here`, source: 'series break', isBreak: true }];
}

/**
 * The headline measure year by year over every year the data covers. The boundary change is a series
 * break: years before the ward existed read "ward did not exist yet", never 0; where a best-fit
 * lookup is loaded, they carry estimates on the ward's boundaries instead, hatched, in their own
 * column, always called estimates.
 */
export function WardYears({ measure, ward, coverage }: { measure: WardMeasure; ward: Ward; coverage: DataCoverage }) {
  const headingId = useId();
  const years = coverage.financialYears;
  const existed = wardYears(ward, coverage);
  const counted = useWardYearTotals(measure.id, ward.code, existed);
  const first = coverageRange(coverage).from;
  // Estimates only for days before the ward was created, and only if there are any such days to cover.
  const before = ward.validFrom > first ? { from: first, to: addDays(ward.validFrom, -1) } : undefined;
  const estimates = useQuery(WardBoundaryEstimatesDocument, {
    variables: { ward: ward.code, measure: measure.id, from: before?.from ?? first, to: before?.to ?? first },
    skip: !before,
  });
  const events = useChartAnnotations(coverageRange(coverage));
  const collection = collectionOf(coverage, measure.id);

  const estimateRows = estimates.data?.wardBoundaryEstimates.rows ?? [];
  const estimateOf = new Map(estimateRows.map((row) => [row.period?.label ?? '', row]));
  const hasEstimates = estimateRows.length > 0;
  const rows: YearRow[] = years.map((year) => ({
    year,
    counted: counted.totals.get(year)?.total ?? null,
    estimate: estimateOf.get(year)?.value ?? null,
  }));
  const countedWords = (row: YearRow) => {
    const absent = absenceIn(row.year, financialYearRange(row.year), { collection, ward });
    if (absent) return absent;
    const total = counted.totals.get(row.year);
    if (!total) return 'could not be loaded';
    // No figure and not withheld: nothing released for the year yet (funders and councillors read releases).
    return total.total === null && !total.suppressed ? NO_FIGURE : undefined;
  };
  const cellWords = (row: YearRow, key: 'counted' | 'estimate') =>
    key === 'counted' ? countedWords(row) : estimateOf.has(row.year) ? undefined : NO_FIGURE;

  const boundaryYear = ward.validFrom.slice(0, 4);
  const categories: ChartCategory<YearRow>[] = [
    { key: 'counted', label: `Counted in ${ward.name}` },
    ...(hasEstimates ? [{ key: 'estimate' as const, label: `Estimated on ${boundaryYear} boundaries`, estimate: true }] : []),
  ];
  const format = (value: number | null) => formatFigure(value, measure.unit);
  const subject = `${measure.label} in ${ward.name}`;
  const annotations = placeMarks([...annotationMarks(events.annotations), ...boundaryMarks(ward)], financialYearPeriods(years));
  const createdInWords = formatDate(ward.validFrom);
  const loading = counted.loading || estimates.loading;

  return (
    <section className="app-section app-briefing__keep" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        Year by year
      </h2>
      <p className="app-body">
        {subject} in every financial year the figures cover. {ward.name} is one of the wards from {createdInWords}
        {ward.validTo ? ` to ${formatDate(ward.validTo)}` : ''}: a change of boundaries breaks the series, as the same name can cover
        different streets before and after.
        {years.at(-1) === coverage.currentFinancialYear ? ` ${coverage.currentFinancialYear} is the year so far.` : ''}
        {hasEstimates
          ? ` Years before the ward existed show estimates on its boundaries, worked out from the earlier wards’ figures with the best-fit lookup: they are estimates, not counts, hatched on the chart and in their own column.`
          : ''}
      </p>
      {estimates.error ? <ProblemMessage title="The estimates on the ward’s boundaries could not be loaded" error={estimates.error} /> : null}
      <BarChartWithTable
        title={`${subject} by financial year`}
        data={loading ? [] : rows}
        indexKey="year"
        indexLabel="Financial year"
        categories={categories}
        valueFormatter={format}
        cellWords={cellWords}
        gapMeanings={wardGapMeanings(ward, collection)}
        summary={summariseHighest({
          subject,
          plural: measure.unit === 'COUNT',
          points: rows.filter((row) => countedWords(row) === undefined).map((row) => ({ label: row.year, value: row.counted })),
          format,
          periodNoun: 'year',
        })}
        loading={loading}
        loadingMessage={`Loading ${subject} year by year…`}
        error={counted.error && counted.totals.size === 0 ? describeError(counted.error) : undefined}
        notes={<ConfidentialLegend />}
        annotations={annotations}
        annotationsUnavailable={events.unavailable}
      />
    </section>
  );
}
