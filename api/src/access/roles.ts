export const ROLES = ['analyst', 'member', 'funder', 'councillor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking: from a verified token, never from request arguments. */
export interface AuthUser {
  subject: string;
  role: Role;
  /** GSS codes of the wards a councillor represents; empty for other roles. */
  wards: string[];
}

/** Who did it, as stored in created_by / updated_by columns. */
export function actorOf(user: { role: Role; subject: string }): string {
  return `${user.role}:${user.subject}`;
}
