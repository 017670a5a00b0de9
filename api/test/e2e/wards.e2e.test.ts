import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '../run-cli';
import { accessibilityViolations, dashboardInChromium, screenshot, tokenField } from './browser';
import { graphql, startServer } from './start-server';

// The ward map, ward briefings, sign-in and the GraphQL explorer (issue 4) in Debian Chromium,
// each page checked with axe-core at WCAG 2.2 AA. These open 2012/13, on the wards of 2002 to 2022,
// by address; the 2022 wards and the current year are in periods-and-wards.e2e.test.ts.

const OVAL = 'E05000426';
const COLDHARBOUR = 'E05000420';
const WARD_NAMES = [
  "Bishop's", 'Brixton Hill', 'Clapham Common', 'Clapham Town', 'Coldharbour', 'Ferndale', 'Gipsy Hill', 'Herne Hill', "Knight's Hill", 'Larkhall', 'Oval',
  "Prince's", "St Leonard's", 'Stockwell', 'Streatham Hill', 'Streatham South', 'Streatham Wells', 'Thornton', 'Thurlow Park', 'Tulse Hill', 'Vassall',
];

const dashboard = dashboardInChromium({ pages: { consoleErrors: true } });
let councillorToken: string;

beforeAll(() => {
  councillorToken = runCli('src/access/token.cli.ts', ['--role', 'councillor', '--ward', OVAL], dashboard.server.env).stdout.trim();
});

/** Signs in on the sign-in page by pasting the token, as a councillor would. */
const signIn = (page: Page, token: string) => dashboard.signIn(page, token, 'councillor for Oval');

const numberIn = (text: string) => Number(text.replace(/,/g, ''));

describe('the ward tile map', () => {
  it('shows the 21 wards of 2012/13 as tiles that link to their pages, with the same figures as a table', async () => {
    const { page, errors } = await dashboard.open('/wards?year=2012/13');
    const tiles = page.locator('.app-tile-map a');
    await page.getByRole('link', { name: /^Oval: [\d,]+ Gaia Centre referrals$/ }).waitFor({ timeout: 30_000 });
    expect(await tiles.count()).toBe(21);
    expect((await tiles.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).every((href) => /^\/wards\/E05000(4[1-3]\d)\?year=2012%2F13$/.test(href ?? ''))).toBe(true);

    // The table beside it: every ward, the same figure as its tile, and Lambeth's 1,571.
    const table = page.getByRole('table', { name: 'Gaia Centre referrals by ward, 2012/13', exact: true });
    const wardRows = table.locator('tbody tr');
    const names = await wardRows.locator('th').allInnerTexts();
    expect(names.slice(0, 21)).toEqual(WARD_NAMES);
    const ovalInTable = (await table.locator('tbody tr', { hasText: /^Oval/ }).locator('td').innerText()).trim();
    expect(await page.getByRole('link', { name: `Oval: ${ovalInTable} Gaia Centre referrals`, exact: true }).count()).toBe(1);
    expect(await table.locator('tfoot').innerText()).toMatch(/Lambeth\s+1,571/);
    // A member sees every figure: the wards (and referrals with no ward) add up to the borough's total.
    const values = (await wardRows.locator('td').allInnerTexts()).map(numberIn);
    expect(values.reduce((a, b) => a + b, 0)).toBe(1571);
    expect(await page.locator('.app-map-legend').innerText()).toMatch(/Key: Gaia Centre referrals/);

    // Keyboard: a tile is a link like any other.
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'wards-map');
    await page.getByRole('link', { name: /^Oval: / }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/wards\/E05000426\?year=2012%2F13$/);
    await page.getByRole('heading', { name: 'Oval beside Lambeth' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});

describe('the ward page and briefing', () => {
  it('shows Oval beside Lambeth for a member: every measure, the quarters, the top strands and the partnership’s response', async () => {
    const { page, errors } = await dashboard.open(`/wards/${OVAL}?year=2012/13`);
    await page.getByRole('heading', { level: 1, name: 'Oval' }).waitFor({ timeout: 30_000 });
    const comparison = page.getByRole('table', { name: 'Oval and Lambeth, 2012/13', exact: true });
    const gaia = comparison.locator('tbody tr', { hasText: 'Gaia Centre referrals' });
    await gaia.locator('td', { hasText: '1,571' }).waitFor({ timeout: 30_000 });
    const [ovalGaia] = await gaia.locator('td').allInnerTexts();
    expect(numberIn(ovalGaia ?? '')).toBeGreaterThan(0);
    expect(await comparison.locator('thead').innerText()).toMatch(/Oval\s+Lambeth/);
    await page.getByText(`In Oval, the Gaia Centre received ${ovalGaia} referrals in 2012 to 2013 (Lambeth: 1,571).`).waitFor();
    // Nobody in Oval was arrested for soliciting in the demo data: the drug-test rate has no figure, not 0%.
    // Each measure's row loads on its own: wait for this one to stop saying "…".
    const rateCell = comparison.locator('tbody tr', { hasText: 'Drug-test referral rate' }).locator('td').first();
    await rateCell.filter({ hasNotText: '…' }).waitFor({ timeout: 30_000 });
    expect(await rateCell.innerText()).toBe('–');
    await page.getByText('There is no figure for Oval in 2012 to 2013: nobody to base it on. Across Lambeth, 100% of women arrested for soliciting were referred for a drug test in 2012 to 2013.').waitFor();

    const quarters = page.getByRole('table', { name: 'Oval by quarter, 2012/13', exact: true });
    await quarters.waitFor();
    const strands = page.getByRole('table', { name: 'Top strands of Gaia Centre referrals from Oval, 2012/13', exact: true });
    await strands.waitFor({ timeout: 30_000 });
    const ranked = (await strands.locator('tbody tr td:last-child').allInnerTexts()).map(numberIn);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(5);
    expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
    for (const prong of ['Tackling demand', 'Supporting women to exit', 'Prevention', 'Community informed']) {
      await page.getByRole('heading', { level: 3, name: prong }).waitFor();
    }
    await page.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'ward-oval-member');

    // Printed: no navigation or controls, a print header, on A4.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header__navigation').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this briefing' }).isVisible()).toBe(false);
    expect(await page.getByText('VAWG Insight ward briefing: Oval').isVisible()).toBe(true);
    const pdf = path.join(os.tmpdir(), 'vawg-ward-oval-briefing.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(fs.readFileSync(pdf, 'latin1'));
    // A4 is 595 × 842 points.
    expect([Math.round(Number(mediaBox?.[1])), Math.round(Number(mediaBox?.[2]))]).toEqual([595, 842]);
    expect(errors).toEqual([]);
  });
});

// A councillor's first ward figures wait for the disclosure pattern of each year asked (tens of seconds, more on a
// loaded machine, the server busy meanwhile): these tests wait for the page, whatever the time, within a bound.
const COUNCILLOR_PAGE_TEST_MS = 300_000;

describe('a councillor for Oval', () => {
  it('signs in with a pasted token kept in this tab only, and gets the Oval briefing under disclosure control', async () => {
    const { page, errors } = await dashboard.newPage();
    await signIn(page, councillorToken);
    expect(await page.locator('main').innerText()).toMatch(/Wards\s+Oval ward briefing/);
    expect(await page.getByRole('region', { name: 'Signed in', exact: true }).innerText()).toContain('Signed in as councillor for Oval');
    // sessionStorage only: never localStorage, never the address.
    const stored = await page.evaluate(() => ({ session: Object.values({ ...sessionStorage }), local: Object.values({ ...localStorage }) }));
    expect(stored.session).toContain(councillorToken);
    expect(stored.local.join('')).not.toContain(councillorToken);
    expect(page.url()).not.toContain(councillorToken);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-councillor');

    await page.goto(`${dashboard.server.url}/wards/${OVAL}?year=2012/13`);
    const comparison = page.getByRole('table', { name: 'Oval and Lambeth, 2012/13', exact: true });
    await comparison.locator('tbody tr', { hasText: 'Gaia Centre referrals' }).locator('td', { hasText: '1,571' }).waitFor({ timeout: 240_000 });
    await page.getByRole('table', { name: 'Oval by quarter, 2012/13', exact: true }).locator('td', { hasText: /^(\d|\[c\])/ }).first().waitFor({ timeout: 240_000 });
    await page.getByRole('heading', { name: 'Gaia Centre referrals by strand' }).waitFor();
    await page.locator('.app-briefing__statements li').first().waitFor({ timeout: 240_000 });
    // Each measure's row loads on its own: read the page once none says "…".
    await page.waitForFunction(() => ![...document.querySelectorAll('main td')].some((td) => td.textContent?.trim() === '…'), undefined, { timeout: 240_000 });
    // Withheld figures are [c] with the ONS legend, and a borough statement stands in for each.
    const text = await page.locator('main').innerText();
    expect(text).toContain('[c] = confidential');
    const withheld = (text.match(/Numbers for this ward are too small to show\./g) ?? []).length;
    const cells = await comparison.locator('tbody td').allInnerTexts();
    expect(cells.filter((c) => c.trim() === '[c]').length > 0).toBe(withheld > 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'ward-oval-councillor');

    // Sign out: back to the demo token, a member.
    await page.getByRole('region', { name: 'Signed in', exact: true }).getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('region', { name: 'Signed in', exact: true }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => Object.values({ ...sessionStorage }))).not.toContain(councillorToken);
    expect(errors).toEqual([]);
  }, COUNCILLOR_PAGE_TEST_MS);

  it('is told the Coldharbour briefing is not for them, and sees only Oval on the map', async () => {
    const { page, errors } = await dashboard.newPage();
    await signIn(page, councillorToken);
    await page.goto(`${dashboard.server.url}/wards/${COLDHARBOUR}`);
    await page.getByRole('heading', { name: 'This briefing is for councillors of Coldharbour and the operational group' }).waitFor({ timeout: 240_000 });
    expect(await page.locator('main').innerText()).not.toContain('Coldharbour beside Lambeth');
    await page.getByRole('link', { name: 'Go to the Oval ward briefing' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'ward-coldharbour-councillor');

    await page.goto(`${dashboard.server.url}/wards?year=2012/13`);
    await page.getByRole('link', { name: /^Oval: ([\d,]+|Gaia Centre referrals withheld)/ }).waitFor({ timeout: 240_000 });
    expect(await page.getByRole('link', { name: / Gaia Centre referrals not shown$/ }).count()).toBe(20);
    expect(await page.locator('.app-tile-map__tile--not-shown').first().innerText()).toContain('not shown');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'wards-map-councillor');
    expect(errors).toEqual([]);
  }, COUNCILLOR_PAGE_TEST_MS);
});

describe('signing in on a server without demo data', () => {
  it('shows the sign-in page first, refuses what is not a token, and lets a pasted token in', async () => {
    const bare = await startServer({ DEMO_DATA: 'false' });
    try {
      const memberToken = runCli('src/access/token.cli.ts', ['--role', 'member'], bare.env).stdout.trim();
      const { page, errors } = await dashboard.newPage();
      await page.goto(`${bare.url}/wards`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
      const field = await tokenField(page);
      await field.fill('not-a-token');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('That is not an access token').waitFor();
      // A token signed by another server (the demo one) is refused by this one, in its own words.
      await field.fill(councillorToken);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(/The server did not accept that token \(Not signed in: the token is not valid\)\. Check you pasted all of it/).waitFor({ timeout: 30_000 });
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'sign-in-refused');
      await field.fill(`Bearer ${memberToken}`);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      // In, on the page asked for: the ward map.
      await page.getByRole('heading', { level: 1, name: 'Wards' }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole('region', { name: 'Signed in', exact: true }).innerText()).toContain('Signed in as member');
      expect(errors).toEqual([]);
    } finally {
      await bare.stop();
    }
  });
});

describe('the GraphQL explorer', () => {
  it('loads from this server alone and runs the example query, for the year of the last complete quarter, with the session’s token', async () => {
    const { page, errors, requests } = await dashboard.open('/explorer');
    await page.getByRole('heading', { name: 'Explore the figures API' }).waitFor({ timeout: 30_000 });
    const coverage = await graphql(dashboard.server.url, councillorToken, '{ dataCoverage { lastCompleteQuarter } }');
    const year = (coverage.body.data?.dataCoverage.lastCompleteQuarter as string).split(' ')[0] as string;
    await page.getByRole('heading', { name: `An example: Gaia Centre referrals by quarter, ${year}` }).waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-query-editor .CodeMirror-code', { hasText: 'GaiaReferralsByQuarter' }).waitFor({ timeout: 60_000 });
    const answer = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('GaiaReferralsByQuarter') === true);
    await page.locator('.graphiql-execute-button').click();
    const sent = (await answer).request().postDataJSON() as { variables: { financialYear: string } };
    expect(sent.variables).toEqual({ financialYear: year });
    const total = ((await (await answer).json()) as { data: { figures: { total: number } } }).data.figures.total;
    const demoToken = ((await (await fetch(`${dashboard.server.url}/auth/demo-token`)).json()) as { token: string }).token;
    const expected = await graphql(dashboard.server.url, demoToken, 'query($y: String!) { figures(measure: "gaia.referrals", financialYear: $y) { total } }', { y: year });
    expect(total).toBe(expected.body.data?.figures.total);
    expect(total).toBeGreaterThan(0);
    await page.locator('.graphiql-response .CodeMirror-code', { hasText: String(total) }).waitFor({ timeout: 30_000 });

    const elsewhere = requests.filter((url) => !url.startsWith(dashboard.server.url) && !/^(data|blob):/.test(url));
    expect(elsewhere).toEqual([]);
    // All of GraphiQL is checked but two of its own structures: its tab (a role="tab" holding a close button:
    // nested-interactive) and CodeMirror's scroll box (focus goes to a hidden textarea axe does not count).
    expect(await accessibilityViolations(page, ['.graphiql-tab', '.CodeMirror-scroll'])).toEqual([]);
    await page.locator('.graphiql-response .CodeMirror-code').waitFor();
    expect(await page.getByRole('textbox', { name: 'Query' }).count()).toBe(1);
    // Tab indents in the editor; Esc then Tab moves on, so the editor is no keyboard trap.
    await page.getByRole('textbox', { name: 'Query' }).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.CodeMirror') === null)).toBe(true);
    await screenshot(page, 'explorer');
    expect(errors).toEqual([]);
  });
});
