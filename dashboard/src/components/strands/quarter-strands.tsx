import { useQuery } from '@apollo/client/react';
import { BarChartWithTable } from '../charts/bar-chart-with-table';
import { ConfidentialLegend } from '../confidential-legend';
import type { DataCoverage } from '../../graphql/data-coverage';
import { GaiaStrandsDocument } from '../../graphql/generated/graphql';
import { collectionOf, figuresUntil, notCollectedNote } from '../../lib/coverage-periods';
import { describeError, isNotCollected, notCollectedMessage } from '../../lib/describe-error';
import { quarterInWords, quarterLabel, type Quarter } from '../../lib/financial-periods';
import { formatFigure } from '../../lib/format';
import { GAIA_REFERRALS, strandGrid } from './strand-grid';
import { summariseStrandTotals } from './strand-summary';

type StrandBar = { strand: string; referrals: number | null };

/** One quarter's Gaia referrals by strand: a bar per strand, the table beside it, the API's total for the quarter last. */
export function QuarterStrands({ financialYear, quarter, coverage }: { financialYear: string; quarter: Quarter; coverage: DataCoverage }) {
  // The strands page's question: one answer serves both pages.
  const { data, loading, error } = useQuery(GaiaStrandsDocument, { variables: { financialYear } });
  const grid = data ? strandGrid(data, figuresUntil(coverage, GAIA_REFERRALS)) : undefined;
  const label = quarterLabel(financialYear, quarter);
  if (isNotCollected(error) || grid?.notCollected.has(label)) {
    return <p className="app-body">{error ? notCollectedMessage(error) : notCollectedNote(collectionOf(coverage, GAIA_REFERRALS))}</p>;
  }
  const index = grid?.quarters.indexOf(label) ?? -1;
  const rows: StrandBar[] = index < 0 ? [] : (grid?.strands ?? []).map((strand) => ({ strand: strand.label, referrals: strand.cells[index] ?? null }));
  const total = index < 0 ? null : (grid?.quarterTotals[index] ?? null);
  const format = (value: number | null) => formatFigure(value, 'COUNT');

  return (
    <BarChartWithTable
      title={`Gaia Centre referrals by strand, ${label}`}
      data={rows}
      indexKey="strand"
      indexLabel="Strand"
      categories={[{ key: 'referrals', label: 'Referrals' }]}
      valueFormatter={format}
      footer={{ label: 'All strands', values: [total] }}
      horizontal
      summary={summariseStrandTotals(
        total,
        rows.map((row) => ({ label: row.strand, value: row.referrals })),
        quarterInWords(financialYear, quarter),
      )}
      loading={loading}
      loadingMessage={`Loading Gaia Centre referrals by strand for ${label}…`}
      error={error ? describeError(error) : undefined}
      emptyMessage={`There are no Gaia Centre referrals recorded for ${label}.`}
      notes={<ConfidentialLegend />}
    />
  );
}
