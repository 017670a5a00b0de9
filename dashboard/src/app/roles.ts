// What each role sees, in the words of the README's access table: the sign-in page, the header, and the pages that depend on the role.
import { listInWords } from '../lib/format';

const ROLE_ACCESS: Record<string, string> = {
  analyst: 'every figure, and all changes (imports, targets, API keys)',
  member: 'every figure, as a member of the VAWG Operational Group',
  funder: 'borough figures, with small numbers in any breakdown withheld',
  councillor: 'your own ward in detail and borough totals, with small numbers withheld',
};

/** "councillor for Oval", "member": who the dashboard is signed in as; `nameOf` names a ward's code (useAllWards). */
export function signedInAs(role: string, wards: readonly string[], nameOf: (code: string) => string): string {
  if (role === 'councillor') return wards.length > 0 ? `councillor for ${listInWords(wards.map(nameOf))}` : 'councillor with no ward';
  return role;
}

/** A councillor whose account names no ward: the server shows them borough figures only. */
export function isCouncillorWithoutWard(role: string, wards: readonly string[]): boolean {
  return role === 'councillor' && wards.length === 0;
}

/** What the role may see, or a plain statement that the server decides. */
export function roleAccess(role: string, wards: readonly string[] = []): string {
  if (isCouncillorWithoutWard(role, wards)) return 'borough figures only, with small numbers withheld: your account names no ward';
  return ROLE_ACCESS[role] ?? 'whatever the server allows this token';
}

/** The quarterly review's material (targets, SPC, issues, signals) is the partnership's own: the API serves it to analysts and members. */
export function mayReadReview(role: string): boolean {
  return role === 'analyst' || role === 'member';
}
