import { createContext, useContext } from 'react';
import type { SignedInSession } from './session';

/** Who is signed in, for pages that say so (the sign-in page, a ward briefing) or send the token themselves (the explorer). */
const SessionContext = createContext<SignedInSession | null>(null);

export const SessionProvider = SessionContext.Provider;

/** The signed-in session, or null on the pages shown before anyone is signed in. */
export function useSignedInSession(): SignedInSession | null {
  return useContext(SessionContext);
}
