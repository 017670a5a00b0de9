import { useQuery } from '@apollo/client/react';
import { NO_ANNOTATIONS } from '../../../components/charts/annotation-marks';
import { SpcChartWithTable } from '../../../components/charts/spc-chart-with-table';
import { AssuranceIconView, VariationIconView } from '../../../components/indicators/spc-icons';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { MeasureSpcChartDocument } from '../../../graphql/generated/graphql';
import { collectionOf, coverageRange, NOT_COLLECTED, notCollectedNote } from '../../../lib/coverage-periods';
import { describeError } from '../../../lib/describe-error';
import { downloadCsv, toCsv } from '../../../lib/csv';
import { monthShort } from '../../../lib/financial-periods';
import { formatFigure } from '../../../lib/format';
import type { CatalogueMeasure } from '../graphql/types';
import { chartMarkers, notCollectedRows, SPC_CSV_HEADER, spcCsvRows, spcTableRows } from '../spc-rows';
import { Section } from '../../../components/govuk/section';

/** "Gaia Centre referrals, Trafficking strand, in Oval ward". */
function seriesName(measure: string, strand: string | null, ward: string | null): string {
  return [measure, strand && `${strand} strand`, ward && `in ${ward} ward`].filter(Boolean).join(', ');
}

/** "gaia.referrals-strand-trafficking-spc.csv": names what was chosen, in characters every system accepts. */
function csvFileName(measure: string, strand: string | null, ward: string | null): string {
  const parts = [measure, strand && `strand-${strand}`, ward && `ward-${ward}`, 'spc'].filter(Boolean).join('-');
  return `${parts.replace(/[^A-Za-z0-9._-]+/g, '_')}.csv`;
}

export function SpcSection({
  measure,
  strand,
  ward,
  strandLabel,
  wardLabel,
  coverage,
}: {
  coverage: DataCoverage;
  measure: CatalogueMeasure;
  strand: string | null;
  ward: string | null;
  strandLabel: string | null;
  wardLabel: string | null;
}) {
  // From the first year the data covers, so earlier months come back as not collected; a ward's series
  // starts where the API starts it (a ward did not exist before its boundaries did).
  const from = ward ? null : coverageRange(coverage).from;
  const { data, loading, error } = useQuery(MeasureSpcChartDocument, { variables: { measure: measure.id, strand, ward, from } });
  const chart = data?.spcChart;
  const collection = collectionOf(coverage, measure.id);
  const rows = chart ? [...notCollectedRows(chart.notCollected), ...spcTableRows(chart.points, chart.measure.polarity)] : [];
  const annotations = chart ? chartMarkers(chart.annotations, chart.breaks, rows.map((row) => row.period)) : NO_ANNOTATIONS;
  const name = seriesName(measure.label, strandLabel, wardLabel);
  const formatValue = (value: number | null) => (value === null ? 'None' : formatFigure(value, measure.unit));

  return (
    <Section id="spc" heading={<>{name} by month</>}>
      <p className="app-body">
        The chart shows each month’s figure against its mean and process limits (statistical process control, as in the NHS
        “Making Data Count” approach). A point outside the limits, or an unusual run of points, is special cause variation:
        something has changed.
      </p>
      {chart && rows.length > 0 && (
        <ul className="app-indicators" aria-label="What the latest month shows">
          <li>
            <VariationIconView icon={chart.variation} polarity={chart.measure.polarity} withText />
          </li>
          <li>
            <AssuranceIconView icon={chart.assurance} withText />
          </li>
        </ul>
      )}
      <SpcChartWithTable
        title={`${name}: monthly figures, mean and process limits`}
        rows={rows}
        annotations={annotations}
        formatValue={formatValue}
        formatAxisPeriod={monthShort}
        gapMeanings={{ [NOT_COLLECTED]: notCollectedNote(collection) }}
        summary={chart?.summary ?? ''}
        loading={loading}
        loadingMessage={`Loading the monthly figures for ${name}…`}
        error={error ? describeError(error) : undefined}
        emptyMessage={`There are no monthly figures for ${name} yet.`}
        actions={
          <button
            type="button"
            className="app-button app-button--secondary app-no-print"
            onClick={() => downloadCsv(csvFileName(measure.id, strand, ward), toCsv(SPC_CSV_HEADER, spcCsvRows(rows)))}
          >
            Download this table as CSV
          </button>
        }
      />
    </Section>
  );
}
