import type { Role } from '../access/roles';

/** Who did it, as stored in created_by / updated_by columns. */
export function actorOf(user: { role: Role; subject: string }): string {
  return `${user.role}:${user.subject}`;
}
