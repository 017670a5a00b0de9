import { placeAnnotations, quarterPeriods } from '../../../components/charts/annotation-marks';
import { SmallMultiples } from '../../../components/charts/small-multiples';
import type { ChartAnnotations } from '../../../graphql/chart-annotations';
import { NOT_COLLECTED } from '../../../lib/coverage-periods';
import { formatFigure } from '../../../lib/format';
import type { StrandGrid } from '../../../components/strands/strand-grid';
import { summariseStrand } from '../../../components/strands/strand-summary';

type QuarterBar = { quarter: string; referrals: number | null };

// "2012/13 Q1" → "Q1": the year is in the heading above.
const shortQuarter = (label: string) => label.replace(/^.* /, '');

/** One small bar chart per strand, its four quarters side by side, the year's events marked on each. */
export function StrandSmallMultiples({ grid, events, notCollectedMeaning }: { grid: StrandGrid; events: ChartAnnotations; notCollectedMeaning: string }) {
  const uncollected = new Set([...grid.notCollected].map(shortQuarter));
  const panels = grid.strands.map((strand) => ({
    id: strand.code,
    title: strand.label,
    summary: summariseStrand(strand, grid),
    data: grid.quarters.map((quarter, index): QuarterBar => ({ quarter: shortQuarter(quarter), referrals: strand.cells[index] ?? null })),
  }));
  return (
    <SmallMultiples
      panels={panels}
      indexKey="quarter"
      category={{ key: 'referrals', label: 'Referrals' }}
      valueFormatter={(value) => formatFigure(value, 'COUNT')}
      headingLevel={3}
      annotations={placeAnnotations(events.annotations, quarterPeriods(grid.quarters, shortQuarter))}
      annotationsUnavailable={events.unavailable}
      cellWords={(row) => (uncollected.has(row.quarter) ? NOT_COLLECTED : undefined)}
      gapMeanings={{ [NOT_COLLECTED]: notCollectedMeaning }}
    />
  );
}
