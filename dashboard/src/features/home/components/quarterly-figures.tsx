import { useQuery } from '@apollo/client/react';
import { placeAnnotations } from '../../../components/charts/annotation-marks';
import { BarChartWithTable } from '../../../components/charts/bar-chart-with-table';
import type { ChartCategory } from '../../../components/charts/chart-types';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { useChartAnnotations, type ChartAnnotations } from '../../../graphql/chart-annotations';
import { describeError } from '../../../lib/describe-error';
import { formatFigure, formatMonth } from '../../../lib/format';
import { QuarterlyFiguresQuery, type HomeMeasure } from '../graphql/documents';
import { DEFAULT_CHART_MEASURE, QUARTERLY_RANGE } from '../home-periods';
import { useSelectedMeasure } from '../hooks/use-selected-measure';
import { MeasureSelect } from './measure-select';

type QuarterRow = { quarter: string; value: number | null };

const RANGE_IN_WORDS = `${formatMonth(QUARTERLY_RANGE.from)} to ${formatMonth(QUARTERLY_RANGE.to)}`;

export function QuarterlyFigures({ measures }: { measures: readonly HomeMeasure[] }) {
  const [selectedId, choose] = useSelectedMeasure(
    measures.map((measure) => measure.id),
    DEFAULT_CHART_MEASURE,
  );
  const measure = measures.find((candidate) => candidate.id === selectedId);
  // Asked once for the chart's whole span: the events stay put when the measure changes.
  const events = useChartAnnotations(QUARTERLY_RANGE);
  if (!measure) return null;

  return (
    <section className="app-section" aria-labelledby="quarterly-figures-heading">
      <h2 className="app-heading-l" id="quarterly-figures-heading">
        Figures by quarter, {RANGE_IN_WORDS}
      </h2>
      <p className="app-body">Quarters follow the financial year: Q1 is April to June, Q4 is January to March.</p>
      <MeasureSelect measures={measures} value={measure.id} onChange={choose} />
      <QuarterlyChart measure={measure} events={events} />
    </section>
  );
}

function QuarterlyChart({ measure, events }: { measure: HomeMeasure; events: ChartAnnotations }) {
  const { data, loading, error } = useQuery(QuarterlyFiguresQuery, {
    variables: { measure: measure.id, ...QUARTERLY_RANGE },
  });

  const rows: QuarterRow[] = (data?.figures.rows ?? []).map((row) => ({
    quarter: row.period?.label ?? 'Whole period',
    value: row.value,
  }));
  const annotations = placeAnnotations(
    events.annotations,
    (data?.figures.rows ?? []).flatMap((row) => (row.period ? [{ key: row.period.label, from: row.period.start, to: row.period.end }] : [])),
  );
  const categories: ChartCategory<QuarterRow>[] = [{ key: 'value', label: measure.label }];
  const format = (value: number | null) => formatFigure(value, measure.unit);

  return (
    <BarChartWithTable
      title={`${measure.label} by quarter, ${RANGE_IN_WORDS}`}
      data={rows}
      indexKey="quarter"
      indexLabel="Quarter"
      categories={categories}
      valueFormatter={format}
      summary={summariseHighest({
        subject: measure.label,
        // Counts name the things counted ("referrals were"); a percentage is one rate ("rate was").
        plural: measure.unit === 'COUNT',
        points: rows.map((row) => ({ label: row.quarter, value: row.value })),
        format,
        periodNoun: 'quarter',
      })}
      loading={loading}
      loadingMessage={`Loading quarterly figures for ${measure.label}…`}
      error={error ? describeError(error) : undefined}
      emptyMessage={`There are no quarterly figures for ${measure.label} from ${RANGE_IN_WORDS}.`}
      notes={<ConfidentialLegend />}
      annotations={annotations}
      annotationsUnavailable={events.unavailable}
    />
  );
}
