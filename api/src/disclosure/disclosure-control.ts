import type { Role } from '../access/roles';
import type { DatasetName, Dimension } from '../datasets/dataset-catalogue';

// Disclosure control in one place: whose figures it applies to, and which breakdowns they may combine.

/** Roles whose figures leave the partnership: small numbers are withheld from them. */
export const CONTROLLED_ROLES: readonly Role[] = ['funder', 'councillor'];

export function isControlledRole(role: Role): boolean {
  return CONTROLLED_ROLES.includes(role);
}

/**
 * The one pair of breakdowns per dataset that funders and councillors may combine. Every request
 * over a subset of the pair is answered from the pair's single suppression pattern, so a margin
 * (say, one ward's total) is withheld in every request or in none. Any other breakdown may be
 * asked for alone: its cells share only borough figures (always published) with anything else.
 */
export const COMBINABLE_BREAKDOWNS: Readonly<Record<DatasetName, readonly Dimension[]>> = {
  police_operations: ['WARD'],
  warning_letters: ['WARD'],
  arrests: ['WARD', 'AGE_BAND'],
  gaia_referrals: ['WARD', 'STRAND'],
  chrysalis_move_ons: ['DESTINATION'],
};

/** The breakdowns of the pattern that answers a request, or undefined when the combination is not allowed. */
export function patternDimensions(dataset: DatasetName, requested: readonly Dimension[]): Dimension[] | undefined {
  const pair = COMBINABLE_BREAKDOWNS[dataset];
  if (requested.length === 0) return [];
  if (requested.every((d) => pair.includes(d))) return [...pair];
  return requested.length === 1 ? [...requested] : undefined;
}
