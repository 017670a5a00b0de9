import { ROLES, type Role } from '../access/roles';
import type { ClaimMapping } from './sign-in.config';

/** Who a provider says someone is, as VAWG Insight sees them; no role means they are refused. */
export interface MappedPerson {
  role: Role | undefined;
  wards: string[];
}

/** A claim's values: an array, a comma-separated string, or one value. */
function valuesOf(claim: unknown): string[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(',') : [];
  return values.filter((value): value is string => typeof value === 'string').map((value) => value.trim()).filter(Boolean);
}

/**
 * The role the claims map to, and a councillor's wards. Someone in several groups gets the role
 * that sees most (analyst, member, councillor, funder, in that order), as they would ask for it.
 */
export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): MappedPerson {
  const granted = new Set<Role>();
  for (const name of mapping.roleClaims) {
    for (const value of valuesOf(claims[name])) {
      const role = mapping.roleMap.get(value) ?? (ROLES as readonly string[]).find((r) => r === value);
      if (role) granted.add(role as Role);
    }
  }
  const role = (['analyst', 'member', 'councillor', 'funder'] as const).find((r) => granted.has(r));
  if (role !== 'councillor') return { role, wards: [] };
  const wards = valuesOf(claims[mapping.wardsClaim]).map((value) => mapping.wardMap.get(value) ?? value).filter((code) => /^E05\d{6}$/.test(code));
  return { role, wards: [...new Set(wards)] };
}
