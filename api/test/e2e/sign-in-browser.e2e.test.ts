import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Client } from 'pg';
import { accessibilityViolations, dashboardInChromium, screenshot } from './browser';
import { graphql } from './start-server';

// Signing in with an organisation account (issue 11), in Debian Chromium, against the server as
// `npm start` runs it: its development identity provider (oidc-provider, the real OpenID Connect
// flow) at /auth/dev-provider, on demo data. Nobody pastes a token here.

const dashboard = dashboardInChromium({ pages: { consoleErrors: false } });
let ovalCode: string;

beforeAll(async () => {
  // The provider offers a councillor for each ward valid today: Oval's code comes from the server, not from here.
  const { token } = (await (await fetch(`${dashboard.server.url}/auth/demo-token`)).json()) as { token: string };
  const { body } = await graphql(dashboard.server.url, token, '{ wards { code name } }');
  const oval = (body.data?.wards as { code: string; name: string }[] | undefined)?.find((ward) => ward.name === 'Oval');
  if (!oval) throw new Error(`the server lists no ward called Oval today: ${JSON.stringify(body)}`);
  ovalCode = oval.code;
});

async function database<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const { url } = JSON.parse(fs.readFileSync(path.join(dashboard.server.dataDir, 'connection.json'), 'utf8')) as { url: string };
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** GraphQL requests under way in `page`; `settled()` resolves once none is (a page's questions all answered). */
function graphqlInFlight(page: Page): { settled(limitMs?: number): Promise<void> } {
  const pending = new Set<unknown>();
  const isQuestion = (request: { url(): string }) => new URL(request.url()).pathname === '/graphql';
  page.on('request', (request) => isQuestion(request) && pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return {
    async settled(limitMs = 30_000) {
      const deadline = Date.now() + limitMs;
      while (pending.size > 0) {
        if (Date.now() > deadline) throw new Error(`${pending.size} GraphQL requests still unanswered after ${limitMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

const signedInRegion = (page: Page) => page.getByRole('region', { name: 'Signed in', exact: true });

/** On the development provider's page: chooses whom to sign in as, by the words the page shows. */
async function chooseAtProvider(page: Page, account: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Development sign-in' }).waitFor({ timeout: 30_000 });
  await page.getByRole('radio', { name: account, exact: true }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** From the sign-in page as the demo's visitor: "Sign in", then `account` at the provider; returns once back on the dashboard. */
async function signInAs(page: Page, account: string): Promise<void> {
  await page.goto(`${dashboard.server.url}/sign-in`);
  await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();
  await chooseAtProvider(page, account);
  await signedInRegion(page).waitFor({ timeout: 30_000 });
}

describe('signing in with an organisation account, through the development provider', () => {
  it.each([
    ['analyst', 'analyst', 'every figure, and all changes (imports, targets, API keys)', true],
    ['member of the VAWG Operational Group', 'member', 'every figure, as a member of the VAWG Operational Group', true],
    ['funder', 'funder', 'borough figures, with small numbers in any breakdown withheld', false],
  ])('signs in as %s and shows what a %s may see', async (account, role, access, seesTargets) => {
    const { page, errors } = await dashboard.newPage();
    await signInAs(page, account);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await signedInRegion(page).innerText()).toContain(`Signed in as Development ${account} (${role})`);
    await page.locator('#headline-figures-heading').waitFor({ timeout: 30_000 });
    // The year's targets are the partnership's own: analysts and members see them and the way to the review, funders do not.
    const targets = page.getByRole('heading', { level: 2, name: /^Targets for / });
    if (seesTargets) {
      await targets.waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: /^The quarterly review for / }).waitFor({ timeout: 30_000 });
    } else {
      expect(await targets.count()).toBe(0);
    }
    await page.getByRole('navigation', { name: 'Dashboard pages' }).getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: `You are signed in as ${role}` }).waitFor();
    expect(await page.locator('.app-summary-list').innerText()).toContain(`What you can see\n${access}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('explains to a councillor with no ward that they see the borough pages only', async () => {
    const { page, errors } = await dashboard.newPage();
    await signInAs(page, 'councillor with no ward');
    expect(new URL(page.url()).pathname).toBe('/');
    const note = page.getByRole('region', { name: 'Your access' });
    expect(await note.innerText()).toMatch(/^You see borough figures only\. You are signed in as a councillor, but your account names no ward/);
    await page.locator('#headline-figures-heading').waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses someone whose account has no role, saying whom to ask', async () => {
    const { page } = await dashboard.newPage();
    await page.goto(`${dashboard.server.url}/sign-in`);
    await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();
    await chooseAtProvider(page, 'someone with no VAWG Insight role');
    await page.getByRole('heading', { level: 1, name: 'You do not have access to VAWG Insight' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('main').innerText()).toMatch(/Ask the VAWG Insight team to give your account access/);
  });

  it('signs out here and at the provider; after that a reload, or the old cookie, lands on the sign-in page', async () => {
    const { page, errors } = await dashboard.newPage();
    await signInAs(page, 'member of the VAWG Operational Group');
    const [oldCookie] = (await page.context().cookies()).filter((cookie) => cookie.name === 'vawg_session');
    expect(oldCookie).toBeDefined();

    await signedInRegion(page).getByRole('button', { name: 'Sign out' }).click();
    // The provider's own sign-out (RP-initiated logout), so the next "Sign in" asks who you are.
    await page.getByRole('heading', { level: 1, name: 'Sign out of the development provider?' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Yes, sign out' }).click();
    await page.waitForURL(`${dashboard.server.url}/`, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
    expect(await signedInRegion(page).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Dashboard pages' }).count()).toBe(0);
    await screenshot(page, 'sign-in-signed-out');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A reload stays signed out: the demo's shared sign-in does not take over this tab.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).getAttribute('href')).toBe('/auth/sign-in?returnTo=%2F');

    // The old cookie, put back, is refused: the session ended on the server, not only in this browser.
    const refused = await fetch(`${dashboard.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', cookie: `vawg_session=${oldCookie!.value}` },
      body: JSON.stringify({ query: '{ measures { id } }' }),
    });
    expect(refused.status).toBe(401);
    await page.context().addCookies([oldCookie!]);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'You have been signed out' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  it('lands on the sign-in page when the session expires, while a page is open or on a reload, and "Sign in again" comes back', async () => {
    const { page, errors } = await dashboard.newPage();
    const questions = graphqlInFlight(page);
    const expireSessions = () => database((client) => client.query(`UPDATE sign_in_session SET expires_at = expires_at - interval '12 hours'`));
    await signInAs(page, 'analyst');
    await page.getByRole('link', { name: /^The quarterly review for / }).waitFor({ timeout: 30_000 });
    // The home page's quarterly table asks for its years one by one: wait for its last row, or a question still to come
    // could meet the expired session before the click below does.
    const { lastCompleteQuarter } = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ dataCoverage { lastCompleteQuarter } }' }),
      });
      return ((await response.json()) as { data: { dataCoverage: { lastCompleteQuarter: string } } }).data.dataCoverage;
    });
    const quarterly = page.getByRole('table', { name: /^Gaia Centre referrals by quarter, / });
    await quarterly.locator('tbody tr th', { hasText: lastCompleteQuarter }).first().waitFor({ timeout: 120_000 });
    await questions.settled();
    // As if the twelve hours had passed: the session's clock is moved back, nothing waits.
    await expireSessions();
    // The next page asks the server, which refuses the cookie: the dashboard asks who is signed in and shows the sign-in page.
    await page.getByRole('navigation', { name: 'Dashboard pages' }).getByRole('link', { name: 'Gaia strands' }).click();
    await page.getByRole('alert').filter({ hasText: 'You have been signed out' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/strands');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-session-ended');

    // Still signed in at the provider (only the session here expired): it sends the browser straight back, asking nothing.
    await page.getByRole('main').getByRole('link', { name: 'Sign in again', exact: true }).click();
    await page.waitForURL(`${dashboard.server.url}/strands`, { timeout: 30_000 });
    await signedInRegion(page).waitFor({ timeout: 30_000 });
    await expireSessions();
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'You have been signed out' }).waitFor({ timeout: 30_000 });
    expect(await signedInRegion(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  // Last: the briefing's many queries keep the server busy for a while after its page has closed.
  it('takes a newcomer from "Sign in" to the Oval briefing as councillor for Oval, pasting nothing and sending no token', async () => {
    const { page, errors } = await dashboard.open('/');
    const questions = graphqlInFlight(page);
    const authorizations: string[] = [];
    page.on('request', (request) => {
      const header = request.headers().authorization;
      if (new URL(request.url()).pathname === '/graphql' && header) authorizations.push(header);
    });
    // The demo's visitor, a member by the demo token, finds "Sign in" in the header.
    await page.getByRole('navigation', { name: 'Dashboard pages' }).getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sign in with your own account' }).waitFor({ timeout: 30_000 });
    // The token form is a developer's option: folded away.
    expect(await page.getByRole('textbox', { name: 'Access token' }).isVisible()).toBe(false);
    await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Development sign-in' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/auth\/dev-provider\/interaction\//);
    await screenshot(page, 'sign-in-dev-provider');
    expect(await accessibilityViolations(page)).toEqual([]);
    authorizations.length = 0; // the demo's own requests carried the demo token: only what follows counts
    await chooseAtProvider(page, 'councillor for Oval');

    await page.waitForURL(`${dashboard.server.url}/wards/${ovalCode}`, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Oval' }).waitFor({ timeout: 30_000 });
    expect(await signedInRegion(page).innerText()).toMatch(/Signed in as Development councillor for Oval \(councillor for Oval\)/);
    await page.getByRole('table', { name: /^Oval and Lambeth, / }).waitFor({ timeout: 60_000 });
    // The briefing asks many questions, each under disclosure control: read it once all are answered (and leave the server idle).
    await page.waitForFunction(() => ![...document.querySelectorAll('main td')].some((td) => td.textContent?.trim() === '…'), undefined, { timeout: 180_000 });
    await questions.settled(180_000);
    // The cookie carried the session: no request had a token, and the tab stores none.
    expect(authorizations).toEqual([]);
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))).not.toMatch(/eyJ/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-oval-briefing');

    await page.getByRole('navigation', { name: 'Dashboard pages' }).getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'You are signed in as councillor for Oval' }).waitFor();
    const access = await page.locator('.app-summary-list').innerText();
    expect(access).toMatch(/Name\s+Development councillor for Oval/);
    expect(access).toMatch(/Signed in with\s+your organisation’s account, until/);
    expect(errors).toEqual([]);
  }, 300_000);
});
