// Gaia referrals as a grid of strands × quarters. Every total comes from the API: a cell may be
// withheld ([c]), so adding up the cells shown would be wrong or would give the withheld figure away.
import type { GaiaStrandsData } from './graphql/documents';

export interface StrandRow {
  code: string;
  label: string;
  /** One per quarter, in quarter order; null is withheld. */
  cells: (number | null)[];
  /** The strand's figure for the year, from the API. */
  total: number | null;
}

export interface StrandGrid {
  /** "2012/13 Q1" … in order. */
  quarters: string[];
  strands: StrandRow[];
  /** Each quarter's figure for all strands, from the API. */
  quarterTotals: (number | null)[];
  /** The year's figure for all strands, from the API. */
  total: number | null;
}

export function strandGrid(data: GaiaStrandsData): StrandGrid {
  const quarterRows = data.byQuarter.rows.filter((row) => row.period !== null);
  const quarters = quarterRows.map((row) => row.period?.label ?? '');

  // The API's order is the strands' reference order; a strand with figures in some quarter only is kept too.
  const strands = new Map<string, StrandRow>();
  const strandOf = (code: string, label: string) => {
    let strand = strands.get(code);
    if (!strand) {
      // A strand and quarter with no referrals has no row in the answer: its figure is 0.
      strand = { code, label, cells: quarters.map(() => 0), total: 0 };
      strands.set(code, strand);
    }
    return strand;
  };
  for (const row of data.byStrand.rows) {
    const key = row.key[0];
    if (key) strandOf(key.code, key.label).total = row.value;
  }
  for (const row of data.byStrandAndQuarter.rows) {
    const key = row.key[0];
    const index = row.period ? quarters.indexOf(row.period.label) : -1;
    if (key && index >= 0) strandOf(key.code, key.label).cells[index] = row.value;
  }

  return {
    quarters,
    strands: [...strands.values()],
    quarterTotals: quarterRows.map((row) => row.value),
    total: data.byStrand.total,
  };
}
