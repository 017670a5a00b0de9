import { afterEach, describe, expect, it } from '@jest/globals';
import { fetchDemoSession } from './session';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function serverAnswers(status: number, body: unknown): void {
  globalThis.fetch = (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

describe('fetchDemoSession', () => {
  it('signs in with the demo token a server on demo data hands out', async () => {
    serverAnswers(200, { token: 'eyJ.demo.token', role: 'member', demoData: true });
    expect(await fetchDemoSession()).toEqual({ state: 'signed-in', token: 'eyJ.demo.token', role: 'member', demoData: true, wards: [], source: 'demo' });
  });

  it.each([
    'Demo tokens are only issued when the server runs with demo data.',
    'Demo tokens are never issued in production: sign in with your own access token.',
    'Demo tokens are no longer issued: this database holds imported data, not only the demo data. Sign in with your own access token.',
  ])('asks for the person\'s own token (the sign-in page) when the server refuses one: "%s"', async (error: string) => {
    serverAnswers(404, { error });
    expect(await fetchDemoSession()).toEqual({ state: 'token-needed' });
  });

  it('says the server had a problem, not "sign in", when it fails', async () => {
    serverAnswers(503, { errors: [{ message: 'The database is not answering at the moment; try again in a minute' }] });
    expect(await fetchDemoSession()).toEqual({ state: 'unavailable', reason: 'The server had a problem signing the dashboard in (HTTP 503). Try again in a few minutes.' });
  });
});
