// Who the dashboard shows figures to. Normally a person signed in with their organisation's
// account: the server keeps that session behind an HttpOnly cookie (GET /auth/session says who it
// is), and the dashboard never holds a token. A developer may paste a token instead
// (stored-token.ts), and a server on demo data hands out a member token (GET /auth/demo-token).
import { chooseOwnAccount, ownAccountChosen } from './session-choice';
import { readTokenClaims } from './stored-token';

/** Whether "Sign in" can work on this server: not when it has no identity provider set up. */
export type SignInAvailability = { available: true } | { available: false; why: string };

export type Session =
  | { state: 'loading' }
  | {
      state: 'signed-in';
      /**
       * The bearer token requests carry, or '' when the session cookie identifies the person (the
       * browser sends it by itself): then requests carry no Authorization header.
       */
      token: string;
      role: string;
      demoData: boolean;
      /** A councillor's wards (GSS codes), for display; the server decides access. */
      wards: readonly string[];
      /** 'account': signed in with their organisation's account; 'token': a pasted token; 'demo': the demo server's token. */
      source: 'account' | 'token' | 'demo';
      /** The name the identity provider gave (accounts only). */
      name?: string;
      /** When the session ends at the latest, ISO 8601 (accounts only). */
      expiresAt?: string;
    }
  /** Nobody signed in: the sign-in page. `ended` when a session this browser had has expired or been ended. */
  | { state: 'signed-out'; ended: boolean; signIn: SignInAvailability; demoOffered: boolean; demoData: boolean }
  | { state: 'unavailable'; reason: string };

export type SignedInSession = Extract<Session, { state: 'signed-in' }>;
export type SignedOutSession = Extract<Session, { state: 'signed-out' }>;
type Answer = Exclude<Session, { state: 'loading' }>;
type Problem = Extract<Session, { state: 'unavailable' }>;

const UNREACHABLE: Problem = { state: 'unavailable', reason: 'The dashboard could not reach the server. Check your connection, then reload the page.' };
const serverProblem = (status: number): Problem => ({
  state: 'unavailable',
  reason: `The server had a problem signing the dashboard in (HTTP ${status}). Try again in a few minutes.`,
});

async function getJson(address: string, signal?: AbortSignal): Promise<{ status: number; body: unknown } | Problem> {
  let response: Response;
  try {
    response = await fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return UNREACHABLE;
  }
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

const isProblem = <T extends object>(answer: T | Problem): answer is Problem => 'state' in answer;

interface AccountAnswer {
  signedIn: boolean;
  ended: boolean;
  signIn: SignInAvailability;
  person?: { name: string; role: string; wards: string[]; expiresAt: string };
}

function readSignIn(raw: unknown): SignInAvailability {
  const { available, why } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (available === true) return { available: true };
  return { available: false, why: typeof why === 'string' && why ? why : 'This server has no identity provider set up.' };
}

/** GET /auth/session: the person the session cookie stands for, if any. */
export async function fetchAccountSession(signal?: AbortSignal): Promise<AccountAnswer | Problem> {
  const answer = await getJson('/auth/session', signal);
  if (isProblem(answer)) return answer;
  // A server without browser sign-in: only pasted tokens and the demo token.
  if (answer.status === 404) return { signedIn: false, ended: false, signIn: { available: false, why: 'This server does not offer signing in with an organisation account.' } };
  const body = (typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as Record<string, unknown>;
  // 401: the browser had a session that has ended (expired, idle too long, or signed out elsewhere).
  if (answer.status !== 200 && answer.status !== 401) return serverProblem(answer.status);
  const signIn = readSignIn(body.signIn);
  if (body.signedIn !== true) return { signedIn: false, ended: body.ended === true || answer.status === 401, signIn };
  const { name, role, wards, expiresAt } = body;
  if (typeof role !== 'string' || !Array.isArray(wards)) {
    return { state: 'unavailable', reason: 'The server’s answer to /auth/session did not say who is signed in.' };
  }
  return {
    signedIn: true,
    ended: false,
    signIn,
    person: {
      name: typeof name === 'string' ? name : '',
      role,
      wards: wards.filter((w): w is string => typeof w === 'string'),
      expiresAt: typeof expiresAt === 'string' ? expiresAt : '',
    },
  };
}

type DemoAnswer = { offered: true; token: string; role: string } | { offered: false };

/** GET /auth/demo-token: a member token on a server running with demo data, else 404. */
export async function fetchDemoToken(signal?: AbortSignal): Promise<DemoAnswer | Problem> {
  const answer = await getJson('/auth/demo-token', signal);
  if (isProblem(answer)) return answer;
  if (answer.status === 404) return { offered: false };
  if (answer.status !== 200) return serverProblem(answer.status);
  const { token, role, demoData } = (answer.body ?? {}) as Record<string, unknown>;
  if (typeof token !== 'string' || token === '' || typeof role !== 'string' || demoData !== true) {
    return { state: 'unavailable', reason: 'The server’s answer to /auth/demo-token did not contain a token the dashboard could use.' };
  }
  return { offered: true, token, role };
}

/**
 * The session to start with: the person's own account when the cookie stands for one; else the
 * demo token (a newcomer to a demo server sees figures at once), unless this tab has chosen to sign
 * in with an account (after signing out or a session ending, a reload must not slip back into the
 * demo); else the sign-in page.
 */
export async function fetchSession(signal?: AbortSignal): Promise<Answer> {
  // Both at once: the demo-token answer also says whether the server runs on demo data.
  const [account, demo] = await Promise.all([fetchAccountSession(signal), fetchDemoToken(signal)]);
  if (isProblem(account)) return account;
  if (isProblem(demo)) return demo;
  const demoData = demo.offered;
  // Someone who has signed in with an account in this tab stays with accounts (see session-choice.ts).
  if (account.person || account.ended) chooseOwnAccount(true);
  if (account.person) {
    const { name, role, wards, expiresAt } = account.person;
    return { state: 'signed-in', token: '', role, wards, demoData, source: 'account', name, expiresAt };
  }
  if (demo.offered && !account.ended && !ownAccountChosen()) {
    return { state: 'signed-in', token: demo.token, role: demo.role, demoData, wards: [], source: 'demo' };
  }
  return { state: 'signed-out', ended: account.ended, signIn: account.signIn, demoOffered: demo.offered, demoData };
}

/** A pasted token takes the place of the account or demo session; whether the server runs on demo data still comes from the server. */
export function withStoredToken(session: Session, token: string | null): Session {
  if (token === null || session.state === 'loading' || session.state === 'unavailable') return session;
  const claims = readTokenClaims(token);
  return {
    state: 'signed-in',
    token,
    role: claims?.role ?? 'unknown',
    demoData: session.demoData,
    wards: claims?.wards ?? [],
    source: 'token',
  };
}

/** "/auth/sign-in?returnTo=/wards/E05014095": "Sign in", coming back to `returnTo` (the sign-in page itself comes back to the overview). */
export function signInAddress(returnTo: string): string {
  const back = returnTo.startsWith('/sign-in') || !returnTo.startsWith('/') ? '/' : returnTo;
  return `/auth/sign-in?${new URLSearchParams({ returnTo: back })}`;
}

/**
 * Ends the session here (POST /auth/sign-out, sent by fetch: a form's redirect to the provider would
 * break the CSP's form-action 'self') and returns where to go next: the provider's own sign-out page
 * when it offers one, so the next "Sign in" asks who you are, else the sign-in page.
 */
export async function signOutOfAccount(): Promise<string> {
  const response = await fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const { error } = ((await response.json().catch(() => ({}))) ?? {}) as { error?: unknown };
    throw new Error(typeof error === 'string' ? error : `The server did not sign you out (HTTP ${response.status}). Try again.`);
  }
  const { providerSignOutUrl } = ((await response.json().catch(() => ({}))) ?? {}) as { providerSignOutUrl?: unknown };
  return typeof providerSignOutUrl === 'string' && /^https?:\/\//.test(providerSignOutUrl) ? providerSignOutUrl : '/sign-in';
}
