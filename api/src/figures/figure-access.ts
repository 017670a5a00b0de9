import type { Dimension } from '../datasets/dataset-catalogue';
import type { FigureQuery } from './figure-query';
import { COMBINABLE_BREAKDOWNS, isControlledRole, patternDimensions } from '../disclosure/disclosure-control';
import { forbidden } from '../shared/errors';
import { ALL_ROWS, type RowScope } from '../access/request-scope';
import type { AuthUser } from '../access/roles';

function breakdownDimensions(query: FigureQuery): Dimension[] {
  return [...new Set([...query.groupBy, ...query.filter.map((f) => f.dimension)])];
}

/**
 * Who may ask for which figures, decided in one place before any SQL runs. Returns the query as
 * the role may have it and the rows its transaction may read; PostgreSQL's row-level security
 * enforces that scope again.
 *
 * - analyst, member: anything.
 * - funder: fixed periods only (a financial year, by month or quarter); breakdowns of people only
 *   as disclosure control can protect them (the dataset's combinable pair, or one at a time).
 * - councillor: as a funder, and below borough level only their own wards.
 */
export function authorizeFigures(user: AuthUser, query: FigureQuery): { query: FigureQuery; scope: RowScope } {
  if (!isControlledRole(user.role)) return { query, scope: ALL_ROWS };
  if (query.measure.operationalOnly) {
    throw forbidden(`${query.measure.id} is for the operational group only; Gaia referrals by EXPLOITATION_TYPE give its borough figures`, 'measure');
  }
  if (query.period !== 'financialYear') {
    throw forbidden('funders and councillors ask for fixed periods: give financialYear (with granularity QUARTER or MONTH for parts of it), not from/to', 'from');
  }
  const dimensions = breakdownDimensions(query);
  const pair = COMBINABLE_BREAKDOWNS[query.measure.dataset];
  const combinable = query.measure.countsPeople ? patternDimensions(query.measure.dataset, dimensions) !== undefined : dimensions.length <= 2;
  if (!combinable) {
    throw forbidden(`${query.measure.id} can be broken down by ${pair.join(' and ')} together, or by one other dimension at a time (groupBy and filter count together)`, 'groupBy');
  }
  if (user.role !== 'councillor') return { query, scope: ALL_ROWS };

  const wardFilter = query.filter.find((f) => f.dimension === 'WARD');
  if (!wardFilter && !query.groupBy.includes('WARD')) return { query, scope: ALL_ROWS };
  if (user.wards.length === 0) {
    // A token whose wards claim is empty (or names no valid GSS code) can still read the borough's figures.
    throw forbidden('your token names no ward, so it cannot see ward-level figures: ask for borough-level figures (no ward filter or WARD breakdown), or ask the VAWG Insight team for a token that names your ward(s)', wardFilter ? 'filter.ward' : 'groupBy');
  }
  const outside = wardFilter?.codes.find((code) => !user.wards.includes(code));
  if (outside !== undefined) throw forbidden(`a councillor sees ward-level figures for their own ward(s) only (${user.wards.join(', ')}); ${outside} is not one of them`, 'filter.ward');
  // Ward-level: the restriction is made explicit in the query too, so its total is known to be the wards' own.
  const restricted = wardFilter ? query : { ...query, filter: [...query.filter, { dimension: 'WARD' as const, codes: [...user.wards] }] };
  return { query: restricted, scope: { kind: 'wards', wards: user.wards } };
}
