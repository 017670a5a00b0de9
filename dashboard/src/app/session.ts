// How the dashboard gets the token every GraphQL request must carry: a token the person pasted on
// the sign-in page (stored-token.ts) or, in demo mode, the one GET /auth/demo-token hands out.
import { readTokenClaims } from './stored-token';

export type Session =
  | { state: 'loading' }
  | {
      state: 'signed-in';
      token: string;
      role: string;
      demoData: boolean;
      /** A councillor's wards (GSS codes), read from the token for display; the server decides access. */
      wards: readonly string[];
      /** 'token' when the person signed in with their own token, which they can sign out of. */
      source: 'demo' | 'token';
    }
  /**
   * The server gives no demo token (404: it runs without demo data, in production, or its database
   * holds real imports): the sign-in page asks for the person's own token.
   */
  | { state: 'token-needed' }
  | { state: 'unavailable'; reason: string };

interface DemoTokenResponse {
  token: string;
  role: string;
  demoData: boolean;
}

function isDemoTokenResponse(body: unknown): body is DemoTokenResponse {
  if (typeof body !== 'object' || body === null) return false;
  const { token, role, demoData } = body as Record<string, unknown>;
  return typeof token === 'string' && token.length > 0 && typeof role === 'string' && typeof demoData === 'boolean';
}

export async function fetchDemoSession(signal?: AbortSignal): Promise<Exclude<Session, { state: 'loading' }>> {
  let response: Response;
  try {
    response = await fetch('/auth/demo-token', { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { state: 'unavailable', reason: 'The dashboard could not reach the server. Check your connection, then reload the page.' };
  }
  if (response.status === 404) return { state: 'token-needed' };
  if (!response.ok) {
    return { state: 'unavailable', reason: `The server had a problem signing the dashboard in (HTTP ${response.status}). Try again in a few minutes.` };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isDemoTokenResponse(body)) {
    return { state: 'unavailable', reason: 'The server’s answer to /auth/demo-token did not contain a token the dashboard could use.' };
  }
  return { state: 'signed-in', token: body.token, role: body.role, demoData: body.demoData, wards: [], source: 'demo' };
}

export type SignedInSession = Extract<Session, { state: 'signed-in' }>;

/** A pasted token takes the demo token's place; whether the server runs on demo data still comes from the server. */
export function withStoredToken(session: Session, token: string | null): Session {
  if (token === null || session.state === 'loading') return session;
  const claims = readTokenClaims(token);
  return {
    state: 'signed-in',
    token,
    role: claims?.role ?? 'unknown',
    demoData: session.state === 'signed-in' && session.demoData,
    wards: claims?.wards ?? [],
    source: 'token',
  };
}
