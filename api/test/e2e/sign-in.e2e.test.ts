import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { signToken } from '../../src/access/token.service';
import { freePort } from '../../src/db/embedded-postgres';
import { startTestProvider, type TestProvider } from './sign-in-provider';
import { startServer, type StartedServer } from './start-server';

// Browser sign-in through a real OpenID Connect provider (oidc-provider on loopback, in its own
// process), driven over HTTP as a browser would: redirects followed by hand, cookies kept per host.
// Every refusal below is what an attacker or a stale browser would send.

const CLIENT = { clientId: 'vawg-insight', clientSecret: 'client-secret-of-vawg-insight-0123456789' };
const GROUPS: Record<string, string[]> = { analyst: ['g-analysts'], member: ['g-members', 'g-staff'], funder: ['g-funders'], councillor: ['g-councillors'] };
const ACCOUNTS = [
  ...Object.entries(GROUPS).map(([role, groups]) => ({ id: role, label: role, claims: { name: `Test ${role}`, groups, ...(role === 'councillor' ? { ward_groups: ['g-ward-oval'] } : {}) } })),
  { id: 'stranger', label: 'stranger', claims: { name: 'Pat Stranger', groups: ['g-staff'] } },
];
const HELP = 'the Safer Lambeth data team (vawg-data@lambeth.example)';

/** A browser's cookie jar, good enough here: one name=value per host, deletions honoured. */
class Browser {
  readonly cookies = new Map<string, Map<string, string>>();

  jar(url: string): Map<string, string> {
    const host = new URL(url).host;
    if (!this.cookies.has(host)) this.cookies.set(host, new Map());
    return this.cookies.get(host)!;
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const jar = this.jar(url);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0\b/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** A navigation: GET, following redirects until `stopAt` matches the next address (not fetched) or a page answers. */
  async navigate(url: string, stopAt?: RegExp): Promise<{ url: string; response?: Response }> {
    let address = url;
    for (let hops = 0; hops < 10; hops++) {
      if (stopAt?.test(address)) return { url: address };
      const response = await this.request(address, { headers: { 'sec-fetch-site': 'same-origin' } });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: address, response };
      address = new URL(location, address).href;
    }
    throw new Error(`more than 10 redirects from ${url}`);
  }
}

let provider: TestProvider;
let untrusted: TestProvider;
let server: StartedServer;
let development: StartedServer;
let url: string;

beforeAll(async () => {
  const port = await freePort();
  url = `http://localhost:${port}`;
  const client = { ...CLIENT, redirectUris: [`${url}/auth/callback`], postLogoutRedirectUris: [`${url}/`] };
  // Another app registered at the same provider, with (by mistake or malice) this app's redirect address.
  const otherApp = { clientId: 'other-app', clientSecret: 'client-secret-of-other-app-0123456789', redirectUris: [`${url}/auth/callback`], postLogoutRedirectUris: [] };
  [provider, untrusted] = await Promise.all([startTestProvider({ clients: [client, otherApp], accounts: ACCOUNTS }), startTestProvider({ clients: [client], accounts: ACCOUNTS })]);
  [server, development] = await Promise.all([
    startServer({
      PORT: String(port),
      PUBLIC_URL: url,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      OIDC_ROLE_CLAIMS: 'groups',
      OIDC_ROLE_MAP: 'g-analysts=analyst,g-members=member,g-funders=funder,g-councillors=councillor',
      OIDC_WARDS_CLAIM: 'ward_groups',
      OIDC_WARD_MAP: 'g-ward-oval=E05000426',
      SIGN_IN_HELP_CONTACT: HELP,
    }),
    startServer(),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), development?.stop(), provider?.stop(), untrusted?.stop()]);
});

/** "Sign in" on the dashboard, up to the provider's page: its address, with the state and PKCE challenge in it. */
async function startSignIn(browser: Browser, returnTo = '/'): Promise<URL> {
  const response = await browser.request(`${url}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!);
}

/** At the provider: chooses `account` and returns where the provider sends the browser back (not followed). */
async function chooseAt(browser: Browser, authorize: URL, account: string): Promise<URL> {
  const { url: interaction, response } = await browser.navigate(authorize.href, /\/auth\/callback\?/);
  // Signed in at the provider already: it sends the browser straight back, asking nothing.
  if (!response) return new URL(interaction);
  if (response?.status !== 200) throw new Error(`the provider answered ${response?.status}: ${await response?.text()}`);
  const answer = await browser.request(interaction, { method: 'POST', body: new URLSearchParams({ account }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const { url: callback } = await browser.navigate(new URL(answer.headers.get('location')!, interaction).href, /\/auth\/callback\?/);
  return new URL(callback);
}

async function signIn(browser: Browser, account: string, returnTo = '/'): Promise<Response> {
  const callback = await chooseAt(browser, await startSignIn(browser, returnTo), account);
  return browser.request(callback.href);
}

/** The server's log line matching `pattern`, once its output (which arrives after the response) has it. */
async function logLine(pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const line = server.output().split('\n').find((text) => pattern.test(text));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no log line matches ${pattern}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const session = async (browser: Browser) => (await browser.request(`${url}/auth/session`)).json() as Promise<Record<string, unknown>>;

async function graphql(browser: Browser, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }) {
  const response = await browser.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ measures { id } }' }) });
  return { status: response.status, body: (await response.json()) as { data?: { measures: { id: string }[] }; errors?: { message: string; extensions: { code: string } }[] } };
}

describe('signing in through the organisation’s OpenID Connect provider', () => {
  it.each([
    ['analyst', [], '/'],
    ['member', [], '/'],
    ['funder', [], '/'],
    ['councillor', ['E05000426'], '/wards/E05000426'],
  ])('signs in a %s by the groups the provider sends, in a server-held session', async (role, wards, landing) => {
    const browser = new Browser();
    const authorize = await startSignIn(browser);
    // The authorization code flow with PKCE (S256), a state and a nonce, to the configured issuer.
    expect(authorize.origin + authorize.pathname).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(['response_type', 'code_challenge_method', 'client_id'].map((name) => [name, authorize.searchParams.get(name)]))).toEqual({ response_type: 'code', code_challenge_method: 'S256', client_id: 'vawg-insight' });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const answer = await browser.request((await chooseAt(browser, authorize, role)).href);
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(landing);
    const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('vawg_session='));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/); // development over HTTP; production's is __Host- and Secure
    expect(browser.jar(url).has('vawg_sign_in')).toBe(false);
    expect(await session(browser)).toMatchObject({ signedIn: true, role, wards, name: `Test ${role}` });
    const { status, body } = await graphql(browser);
    expect(status).toBe(200);
    expect(body.data?.measures.length).toBeGreaterThan(0);
  });

  it('refuses someone whose groups map to no role, with a page saying whom to ask, and opens no session', async () => {
    const browser = new Browser();
    const answer = await signIn(browser, 'stranger');
    expect(answer.status).toBe(403);
    const page = await answer.text();
    expect(page).toContain('You do not have access to VAWG Insight');
    expect(page).toContain('You signed in as Pat Stranger, but your account has no VAWG Insight role (analyst, member, funder or councillor).');
    expect(page).toContain('Ask the Safer Lambeth data team (vawg-data@lambeth.example) to give your account access');
    expect(await session(browser)).toMatchObject({ signedIn: false });
  });

  it('gives a new session id at each sign-in and ends the one the browser had', async () => {
    const browser = new Browser();
    await signIn(browser, 'member');
    const first = browser.jar(url).get('vawg_session')!;
    await signIn(browser, 'member'); // the provider remembers them: no questions, a new session all the same
    const second = browser.jar(url).get('vawg_session')!;
    expect(second).not.toBe(first);
    browser.jar(url).set('vawg_session', first);
    expect((await graphql(browser)).body.errors?.[0]?.message).toBe('Not signed in: your session has ended (you signed out, or it expired). Sign in again.');
  });
});

describe('signing out', () => {
  it('ends the session here and sends the browser to the provider’s sign-out (RP-initiated logout)', async () => {
    const browser = new Browser();
    await signIn(browser, 'funder');
    const stolen = browser.jar(url).get('vawg_session')!;
    // From another site: refused, the session lives on.
    expect((await browser.request(`${url}/auth/sign-out`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect(await session(browser)).toMatchObject({ signedIn: true });

    const answer = await browser.request(`${url}/auth/sign-out`, { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } });
    const { providerSignOutUrl } = (await answer.json()) as { providerSignOutUrl: string };
    const signOut = new URL(providerSignOutUrl);
    expect(signOut.origin + signOut.pathname).toBe(`${provider.issuer}/session/end`);
    expect(signOut.searchParams.get('post_logout_redirect_uri')).toBe(`${url}/`);
    expect(signOut.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(browser.jar(url).has('vawg_session')).toBe(false);

    // The old cookie, replayed: refused.
    browser.jar(url).set('vawg_session', stolen);
    const { status, body } = await graphql(browser);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toBe('Not signed in: your session has ended (you signed out, or it expired). Sign in again.');
  });
});

describe('refusals', () => {
  async function database<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const { url: databaseUrl } = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'connection.json'), 'utf8')) as { url: string };
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it('refuses a session past its absolute expiry, and one idle too long', async () => {
    for (const column of ['expires_at', 'last_seen_at']) {
      const browser = new Browser();
      await signIn(browser, 'member');
      expect((await graphql(browser)).status).toBe(200);
      // As if the hours had passed: the session's clock is moved back, nothing waits.
      await database((client) => client.query(`UPDATE sign_in_session SET ${column} = ${column} - interval '${column === 'expires_at' ? '12 hours' : '61 minutes'}'`));
      const { status, body } = await graphql(browser);
      expect([column, status, body.errors?.[0]?.message]).toEqual([column, 401, 'Not signed in: your session has ended (you signed out, or it expired). Sign in again.']);
      expect(await session(browser)).toMatchObject({ signedIn: false });
    }
  });

  it('refuses a cookie sent from another site, or with no word of where it came from', async () => {
    const browser = new Browser();
    await signIn(browser, 'analyst');
    const crossSite = await graphql(browser, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.errors?.[0]?.message).toMatch(/^Refused: this request came from another site \(cross-site\)/);
    expect((await graphql(browser, {})).status).toBe(403);
    expect((await graphql(browser, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await graphql(browser, { origin: url })).status).toBe(200);
  });

  it('serves downloads to a signed-in session (the cookie alone), and refuses them cross-site', async () => {
    const browser = new Browser();
    await signIn(browser, 'analyst');
    const address = `${url}/downloads/figures.csv?measure=police.operations&financialYear=2012%2F13`;
    const download = await browser.request(address, { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(download.status).toBe(200);
    expect(await download.text()).toMatch(/^Period|Total|police/im);
    expect((await browser.request(address, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await fetch(address)).status).toBe(401);
  });

  it('keeps Authorization headers working: a token decides over the cookie', async () => {
    const browser = new Browser();
    await signIn(browser, 'funder');
    const secret = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'secrets.json'), 'utf8')).jwtSecret as string;
    const token = await signToken(secret, { subject: 'script', role: 'analyst' });
    const withToken = await graphql(browser, { authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
    const withBadToken = await graphql(browser, { authorization: 'Bearer eyJ.not.valid', 'sec-fetch-site': 'same-origin' });
    expect(withBadToken.body.errors?.[0]?.message).toBe('Not signed in: the token is not valid.');
  });

  it('refuses a replayed authorization code: the same callback again, and the code under a new sign-in', async () => {
    const browser = new Browser();
    const callback = await chooseAt(browser, await startSignIn(browser), 'analyst');
    const attempt = browser.jar(url).get('vawg_sign_in')!;
    expect((await browser.request(callback.href)).status).toBe(303);

    // The whole request again, its sign-in cookie included: that sign-in is used up.
    const attacker = new Browser();
    attacker.jar(url).set('vawg_sign_in', attempt);
    const replayed = await attacker.request(callback.href);
    expect(replayed.status).toBe(400);
    expect(await replayed.text()).toContain('This sign-in link has expired or has already been used');

    // The code under a sign-in of the attacker's own (their cookie and state): the provider refuses the used code.
    const theirs = await startSignIn(attacker);
    const forged = new URL(callback);
    forged.searchParams.set('state', theirs.searchParams.get('state')!);
    const answer = await attacker.request(forged.href);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Sign-in failed');
    expect(await session(attacker)).toMatchObject({ signedIn: false });
  });

  it('refuses a code redeemed with a missing or wrong PKCE verifier', async () => {
    const browser = new Browser();
    const callback = await chooseAt(browser, await startSignIn(browser), 'member');
    const code = callback.searchParams.get('code')!;
    const basic = `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`;
    const redeem = (extra: Record<string, string>) =>
      fetch(`${provider.issuer}/token`, {
        method: 'POST',
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: `${url}/auth/callback`, ...extra }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    // Someone who stole the code but not the verifier, which never leaves the server.
    expect(await redeem({})).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await redeem({ code_verifier: 'a'.repeat(43) })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    // Through the server: a code from one sign-in delivered to another (its state, so its verifier) is refused too.
    const second = new Browser();
    const callback2 = await chooseAt(second, await startSignIn(second), 'member');
    const theirs = await startSignIn(browser);
    const swapped = new URL(callback2);
    swapped.searchParams.set('state', theirs.searchParams.get('state')!);
    const answer = await browser.request(swapped.href);
    expect(answer.status).toBe(400);
    expect(await session(browser)).toMatchObject({ signedIn: false });
  });

  it('refuses a code from an untrusted issuer (a second provider), with or without its iss', async () => {
    const browser = new Browser();
    const authorize = await startSignIn(browser);
    // The same request, sent to another provider that knows this app's client id and redirect address.
    const elsewhere = new URL(`${untrusted.issuer}/auth${authorize.search}`);
    const callback = await chooseAt(browser, elsewhere, 'analyst');
    expect(callback.searchParams.get('iss')).toBe(untrusted.issuer);
    const answer = await browser.request(callback.href);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Sign-in failed');
    expect(await logLine(/"reason":"([^"]|\\")*iss([^"]|\\")*","msg":"sign-in callback refused"/)).toBeTruthy();

    // Without the iss parameter (a provider that sends none): the trusted provider does not know the code.
    const another = new Browser();
    const again = await startSignIn(another);
    const withoutIss = await chooseAt(another, new URL(`${untrusted.issuer}/auth${again.search}`), 'analyst');
    withoutIss.searchParams.delete('iss');
    expect((await another.request(withoutIss.href)).status).toBe(400);
    expect(await session(browser)).toMatchObject({ signedIn: false });
    expect(await session(another)).toMatchObject({ signedIn: false });
  });

  it('refuses a code the provider issued to another app (its ID token would name that app as audience)', async () => {
    const browser = new Browser();
    const authorize = await startSignIn(browser);
    authorize.searchParams.set('client_id', 'other-app');
    const callback = await chooseAt(browser, authorize, 'analyst');
    const answer = await browser.request(callback.href);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Sign-in failed');
    expect(await session(browser)).toMatchObject({ signedIn: false });
  });
});

describe('the development provider (npm start)', () => {
  it('offers each role and a councillor for each ward valid today, and lands a councillor for Oval on the Oval briefing', async () => {
    const browser = new Browser();
    const { url: chooser, response } = await browser.navigate(`${development.url}/auth/sign-in`);
    const page = await response!.text();
    expect(page).toContain('Development sign-in');
    for (const label of ['analyst', 'member of the VAWG Operational Group', 'funder', 'councillor for Oval', 'someone with no VAWG Insight role']) expect(page).toContain(`> ${label}</label>`);
    const oval = /value="(councillor-E05\d{6})"> councillor for Oval</.exec(page)![1];
    const answer = await browser.request(chooser, { method: 'POST', body: new URLSearchParams({ account: oval }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const { url: landed } = await browser.navigate(new URL(answer.headers.get('location')!, chooser).href, /\/wards\//);
    expect(landed).toBe(`${development.url}/wards/${oval.slice('councillor-'.length)}`);
    const signedIn = (await (await browser.request(`${development.url}/auth/session`)).json()) as Record<string, unknown>;
    expect(signedIn).toMatchObject({ signedIn: true, role: 'councillor', wards: [oval.slice('councillor-'.length)], name: 'Development councillor for Oval' });
  });
});
