import { useEffect, useMemo, useState } from 'react';
import { fetchDemoSession, withStoredToken, type Session } from './session';
import { useStoredToken } from './stored-token';

export function useSession(): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetchDemoSession(controller.signal).then(setSession, (error: unknown) => {
      if (!controller.signal.aborted) setSession({ state: 'unavailable', reason: `Something went wrong: ${String(error)}` });
    });
    return () => controller.abort();
  }, []);
  const storedToken = useStoredToken();
  return useMemo(() => withStoredToken(session, storedToken), [session, storedToken]);
}
