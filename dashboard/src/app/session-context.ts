import { createContext, useContext } from 'react';
import type { Session, SignedInSession } from './session';

/** The session, for pages that say who is signed in (the sign-in page, a ward briefing) or send the token themselves (the explorer). */
const SessionContext = createContext<Session>({ state: 'loading' });

export const SessionProvider = SessionContext.Provider;

/** The signed-in session, or null on the pages shown before anyone is signed in. */
export function useSignedInSession(): SignedInSession | null {
  const session = useContext(SessionContext);
  return session.state === 'signed-in' ? session : null;
}

/** The whole session, whatever its state: the sign-in page needs to know why nobody is signed in. */
export function useSessionState(): Session {
  return useContext(SessionContext);
}
