import { afterEach, describe, expect, it } from '@jest/globals';
import { fetchSession, signInAddress } from './session';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

type Answer = { status: number; body: unknown };
const NO_ONE: Answer = { status: 200, body: { signedIn: false, ended: false, signIn: { available: true, provider: 'development' } } };
const DEMO: Answer = { status: 200, body: { token: 'eyJ.demo.token', role: 'member', demoData: true } };
const NO_DEMO: Answer = { status: 404, body: { error: 'Demo tokens are only issued when the server runs with demo data.' } };

/** The server's answers to GET /auth/session and GET /auth/demo-token; the headers each request carried are kept. */
function serverAnswers(session: Answer, demo: Answer): RequestInit[] {
  const sent: RequestInit[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(init ?? {});
    const { status, body } = String(input) === '/auth/session' ? session : demo;
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return sent;
}

describe('fetchSession', () => {
  it('takes the person the session cookie stands for, with no token and no Authorization header', async () => {
    const sent = serverAnswers(
      { status: 200, body: { signedIn: true, name: 'Sam Jones', role: 'councillor', wards: ['E05014095'], expiresAt: '2026-12-06T12:00:00.000Z', signIn: { available: true } } },
      DEMO,
    );
    expect(await fetchSession()).toEqual({
      state: 'signed-in', token: '', role: 'councillor', wards: ['E05014095'], demoData: true, source: 'account', name: 'Sam Jones', expiresAt: '2026-12-06T12:00:00.000Z',
    });
    for (const init of sent) expect(new Headers(init.headers).has('authorization')).toBe(false);
  });

  it('signs in with the demo token a server on demo data hands out when nobody is signed in', async () => {
    serverAnswers(NO_ONE, DEMO);
    expect(await fetchSession()).toEqual({ state: 'signed-in', token: 'eyJ.demo.token', role: 'member', demoData: true, wards: [], source: 'demo' });
  });

  it('shows the sign-in page, saying the session has ended, when the server refuses the cookie (401), demo data or not', async () => {
    serverAnswers({ status: 401, body: { signedIn: false, ended: true, signIn: { available: true } } }, DEMO);
    expect(await fetchSession()).toEqual({ state: 'signed-out', ended: true, signIn: { available: true }, demoOffered: true, demoData: true });
  });

  it('shows the sign-in page on a server without demo data, saying why "Sign in" is not offered where it is not set up', async () => {
    serverAnswers({ status: 200, body: { signedIn: false, ended: false, signIn: { available: false, why: 'OIDC_ISSUER is not set' } } }, NO_DEMO);
    expect(await fetchSession()).toEqual({ state: 'signed-out', ended: false, signIn: { available: false, why: 'OIDC_ISSUER is not set' }, demoOffered: false, demoData: false });
  });

  it('says the server had a problem, not "sign in", when it fails', async () => {
    serverAnswers({ status: 503, body: { errors: [{ message: 'The database is not answering at the moment; try again in a minute' }] } }, DEMO);
    expect(await fetchSession()).toEqual({ state: 'unavailable', reason: 'The server had a problem signing the dashboard in (HTTP 503). Try again in a few minutes.' });
  });
});

describe('signInAddress', () => {
  it('comes back to the page the person was on, or to the overview from the sign-in page itself', () => {
    expect(signInAddress('/wards/E05014095?year=2024-25')).toBe('/auth/sign-in?returnTo=%2Fwards%2FE05014095%3Fyear%3D2024-25');
    expect(signInAddress('/sign-in')).toBe('/auth/sign-in?returnTo=%2F');
  });
});
