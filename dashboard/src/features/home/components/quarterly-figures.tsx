import { useQuery } from '@apollo/client/react';
import { placeAnnotations, quarterPeriods } from '../../../components/charts/annotation-marks';
import { BarChartWithTable } from '../../../components/charts/bar-chart-with-table';
import type { ChartCategory } from '../../../components/charts/chart-types';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { useChartAnnotations, type ChartAnnotations } from '../../../graphql/chart-annotations';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { QuarterlyFiguresDocument } from '../../../graphql/generated/graphql';
import { collectionOf, NOT_COLLECTED, notCollectedNote, type QuarterChoice } from '../../../lib/coverage-periods';
import { describeError } from '../../../lib/describe-error';
import { financialYearRange, quarterLabel, quarterRange } from '../../../lib/financial-periods';
import { formatFigure, formatMonth } from '../../../lib/format';
import type { HomeMeasure } from '../graphql/types';
import { useSelectedMeasure } from '../hooks/use-selected-measure';
import { chartYears, isCollectedIn, quarterSeries } from '../quarter-series';
import { MeasureSelect } from './measure-select';
import { Section } from '../../../components/govuk/section';

/** Gaia Centre referrals: the chart the overview opens with. */
const DEFAULT_CHART_MEASURE = 'gaia.referrals';

type QuarterRow = { quarter: string; value: number | null };

export function QuarterlyFigures({ measures, period, coverage }: { measures: readonly HomeMeasure[]; period: QuarterChoice; coverage: DataCoverage }) {
  const [selectedId, choose] = useSelectedMeasure(
    measures.map((measure) => measure.id),
    DEFAULT_CHART_MEASURE,
  );
  const measure = measures.find((candidate) => candidate.id === selectedId);
  const years = chartYears(period.financialYear, coverage);
  const span = {
    from: financialYearRange(years[0] ?? period.financialYear).from,
    to: quarterRange(quarterLabel(period.financialYear, period.quarter))?.to ?? financialYearRange(period.financialYear).to,
  };
  const spanInWords = `${formatMonth(span.from)} to ${formatMonth(span.to)}`;
  // Asked once for the chart's whole span: the events stay put when the measure changes.
  const events = useChartAnnotations(span);
  if (!measure) return null;

  return (
    <Section id="quarterly-figures" heading={<>Figures by quarter, {spanInWords}</>}>
      <p className="app-body">Quarters follow the financial year: Q1 is April to June, Q4 is January to March.</p>
      <MeasureSelect measures={measures} value={measure.id} onChange={choose} />
      <QuarterlyChart measure={measure} years={years} period={period} coverage={coverage} spanInWords={spanInWords} events={events} />
    </Section>
  );
}

function QuarterlyChart({
  measure,
  years,
  period,
  coverage,
  spanInWords,
  events,
}: {
  measure: HomeMeasure;
  years: readonly string[];
  period: QuarterChoice;
  coverage: DataCoverage;
  spanInWords: string;
  events: ChartAnnotations;
}) {
  const collection = collectionOf(coverage, measure.id);
  // Up to three years, oldest first, in the document's first/second/third; a year not asked for stays out of the answer.
  const slots = [years[0], years[1], years[2]].map((year) => ({ year: year ?? '', ask: year !== undefined && isCollectedIn(year, collection) }));
  const [first, second, third] = slots as [(typeof slots)[number], (typeof slots)[number], (typeof slots)[number]];
  const { data, loading, error } = useQuery(QuarterlyFiguresDocument, {
    variables: {
      measure: measure.id,
      first: first.year, askFirst: first.ask,
      second: second.year, askSecond: second.ask,
      third: third.year, askThird: third.ask,
    },
    skip: slots.every((slot) => !slot.ask),
  });

  const answers = [data?.first, data?.second, data?.third];
  const cells = quarterSeries(
    years.map((financialYear, index) => ({ financialYear, answer: answers[index] })),
    period,
    collection,
  );
  const waiting = loading || (!data && !error && slots.some((slot) => slot.ask));
  const rows: QuarterRow[] = waiting ? [] : cells.map(({ label, value }) => ({ quarter: label, value }));
  const words = new Map(cells.map((cell) => [cell.label, cell.words]));
  const annotations = placeAnnotations(events.annotations, quarterPeriods(rows.map((row) => row.quarter)));
  const categories: ChartCategory<QuarterRow>[] = [{ key: 'value', label: measure.label }];
  const format = (value: number | null) => formatFigure(value, measure.unit);

  return (
    <BarChartWithTable
      title={`${measure.label} by quarter, ${spanInWords}`}
      data={rows}
      indexKey="quarter"
      indexLabel="Quarter"
      categories={categories}
      valueFormatter={format}
      cellWords={(row) => words.get(row.quarter)}
      gapMeanings={{ [NOT_COLLECTED]: notCollectedNote(collection) }}
      summary={cells.length > 0 && cells.every((cell) => cell.words === NOT_COLLECTED) ? notCollectedNote(collection) : summariseHighest({
        subject: measure.label,
        // Counts name the things counted ("referrals were"); a percentage is one rate ("rate was").
        plural: measure.unit === 'COUNT',
        points: cells.filter((cell) => cell.words === undefined).map((cell) => ({ label: cell.label, value: cell.value })),
        format,
        periodNoun: 'quarter',
      })}
      loading={waiting}
      loadingMessage={`Loading quarterly figures for ${measure.label}…`}
      error={error ? describeError(error) : undefined}
      emptyMessage={`There are no quarterly figures for ${measure.label} from ${spanInWords}.`}
      notes={<ConfidentialLegend />}
      annotations={annotations}
      annotationsUnavailable={events.unavailable}
    />
  );
}
