// Gaia referrals as a grid of strands × quarters. Every total comes from the API: a cell may be
// withheld ([c]), so adding up the cells shown would be wrong or would give the withheld figure away.
import type { GaiaStrandsQuery } from '../../graphql/generated/graphql';
import type { IsoDate } from '../../graphql/schema-types';

/** The measure the strands break down (gaia-strands.graphql asks for it by this id). */
export const GAIA_REFERRALS = 'gaia.referrals';

export interface StrandRow {
  code: string;
  label: string;
  /** One per quarter, in quarter order; null is withheld, or not collected (see StrandGrid.notCollected). */
  cells: (number | null)[];
  /** The strand's figure for the year, from the API. */
  total: number | null;
}

export interface StrandGrid {
  /** "2012/13 Q1" … in order, quarters before the Gaia Centre opened included. */
  quarters: string[];
  /** The quarters that ended before referrals were collected: "not collected", never 0. */
  notCollected: ReadonlySet<string>;
  strands: StrandRow[];
  /** Each quarter's figure for all strands, from the API. */
  quarterTotals: (number | null)[];
  /** The year's figure for all strands, from the API. */
  total: number | null;
}

/** The grid of one year's answer; quarters that start after `until` have no figures yet and are left out (figuresUntil). */
export function strandGrid(data: GaiaStrandsQuery, until: IsoDate): StrandGrid {
  const quarterRows = data.byQuarter.rows.filter((row) => row.period !== null && row.period.start <= until);
  const periods = [
    ...data.byQuarter.notCollected.map((period) => ({ period, value: null })),
    ...quarterRows.map((row) => ({ period: row.period as { label: string; start: IsoDate }, value: row.value })),
  ].sort((a, b) => a.period.start.localeCompare(b.period.start));
  const quarters = periods.map((entry) => entry.period.label);
  const notCollected = new Set(data.byQuarter.notCollected.map((period) => period.label));

  // The API's order is the strands' reference order; a strand with figures in some quarter only is kept too.
  const strands = new Map<string, StrandRow>();
  const strandOf = (code: string, label: string) => {
    let strand = strands.get(code);
    if (!strand) {
      // A strand and quarter with no referrals has no row in the answer: its figure is 0 (if referrals were collected then).
      strand = { code, label, cells: quarters.map((quarter) => (notCollected.has(quarter) ? null : 0)), total: 0 };
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
    notCollected,
    strands: [...strands.values()],
    quarterTotals: periods.map((entry) => entry.value),
    total: data.byStrand.total,
  };
}
