import { SmallMultiples } from '../../../components/charts/small-multiples';
import { formatFigure } from '../../../lib/format';
import type { StrandGrid } from '../strand-grid';
import { summariseStrand } from '../strand-summary';

type QuarterBar = { quarter: string; referrals: number | null };

/** One small bar chart per strand, its four quarters side by side. */
export function StrandSmallMultiples({ grid }: { grid: StrandGrid }) {
  const panels = grid.strands.map((strand) => ({
    id: strand.code,
    title: strand.label,
    summary: summariseStrand(strand, grid.quarters),
    // "2012/13 Q1" → "Q1": the year is in the heading above.
    data: grid.quarters.map((quarter, index): QuarterBar => ({ quarter: quarter.replace(/^.* /, ''), referrals: strand.cells[index] ?? null })),
  }));
  return (
    <SmallMultiples
      panels={panels}
      indexKey="quarter"
      category={{ key: 'referrals', label: 'Referrals' }}
      valueFormatter={(value) => formatFigure(value, 'COUNT')}
      headingLevel={3}
    />
  );
}
