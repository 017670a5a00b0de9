import { useSignedInSession } from '../../../app/session-context';

/**
 * Which wards the person's figures can cover, as the token says: a councillor's own, anyone
 * else's all. For what the page says only; the server decides what it answers.
 */
export function useWardScope(): { isCouncillor: boolean; ownWards: readonly string[]; canSee: (code: string) => boolean } {
  const session = useSignedInSession();
  const isCouncillor = session?.role === 'councillor';
  const ownWards = session?.wards ?? [];
  return { isCouncillor, ownWards, canSee: (code) => !isCouncillor || ownWards.includes(code) };
}
