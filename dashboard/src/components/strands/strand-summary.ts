import { summariseHighest } from '../charts/summarise';
import { formatFigure, formatNumber } from '../../lib/format';
import type { StrandGrid, StrandRow } from './strand-grid';

const count = (value: number) => formatNumber(value);

/** "The Gaia Centre received 1,571 referrals in financial year 2012 to 2013; the largest strand was Domestic violence (1,046)." */
export function summariseStrandTotals(total: number | null, strands: readonly { label: string; value: number | null }[], periodInWords: string): string {
  if (total === null) return `The number of Gaia Centre referrals in ${periodInWords} is withheld to protect individuals.`;
  const opening = `The Gaia Centre received ${formatFigure(total, 'COUNT')} referrals in ${periodInWords}`;
  let largest: { label: string; value: number } | undefined;
  for (const strand of strands) {
    if (strand.value !== null && (!largest || strand.value > largest.value)) largest = { label: strand.label, value: strand.value };
  }
  return largest && largest.value > 0 ? `${opening}; the largest strand was ${largest.label} (${count(largest.value)}).` : `${opening}.`;
}

/** "Domestic violence referrals were highest in 2012/13 Q3 (301)." Quarters before collection began are not points at all. */
export function summariseStrand(strand: StrandRow, grid: Pick<StrandGrid, 'quarters' | 'notCollected'>): string {
  return summariseHighest({
    subject: `${strand.label} referrals`,
    plural: true,
    points: grid.quarters.flatMap((label, index) => (grid.notCollected.has(label) ? [] : [{ label, value: strand.cells[index] ?? null }])),
    format: count,
    periodNoun: 'quarter',
  });
}
