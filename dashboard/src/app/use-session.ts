import { useEffect, useMemo, useState } from 'react';
import { fetchSession, withStoredToken, type Session } from './session';
import { onSessionRecheck } from './session-choice';
import { useStoredToken } from './stored-token';

/** The session, asked of the server on start and again whenever recheckSession() is called; the last answer stays on screen meanwhile. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [asked, setAsked] = useState({ times: 0, refused: false });
  useEffect(() => onSessionRecheck((refused) => setAsked(({ times }) => ({ times: times + 1, refused }))), []);
  useEffect(() => {
    const controller = new AbortController();
    const answered = (next: Session) => setSession(asked.refused && next.state === 'signed-out' ? { ...next, ended: true } : next);
    fetchSession(controller.signal).then(answered, (error: unknown) => {
      if (!controller.signal.aborted) setSession({ state: 'unavailable', reason: `Something went wrong: ${String(error)}` });
    });
    return () => controller.abort();
  }, [asked]);
  const storedToken = useStoredToken();
  return useMemo(() => withStoredToken(session, storedToken), [session, storedToken]);
}
