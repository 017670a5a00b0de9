import type { Locator, Page } from 'playwright-core';
import { runCli } from '../run-cli';
import { accessibilityViolations, dashboardInChromium, type OpenedPage } from './browser';
import { graphql } from './start-server';

// Disclosure control where people read figures: the ward page and its printed briefing, and the
// charts' tooltips, for a funder and a councillor, over a dataset built to have small cells.

const OVAL = 'E05000426';
const COLDHARBOUR = 'E05000420';
const LEGEND = '[c] = confidential: a small number withheld to protect individuals';

/**
 * Gaia referrals for 2012/13. Oval: 2 domestic-violence referrals in Q1 (a small cell, withheld)
 * and 30 in each later quarter. Coldharbour: 30 a quarter, and 3 trafficking referrals in Q2
 * (below trafficking's threshold of 10, withheld even for the whole borough's strand).
 */
const OVAL_BY_QUARTER = [2, 30, 30, 30];
function dataset(): string {
  const lines = ['ref,date,strand,ward_code,age_band,sex,referral_source'];
  let ref = 0;
  const add = (count: number, months: string[], strand: string, ward: string) => {
    for (let n = 0; n < count; n += 1) lines.push(`X${(ref += 1)},${months[n % months.length]}-${String((n % 27) + 1).padStart(2, '0')},${strand},${ward},25_34,female,self`);
  };
  const quarters = [['2012-04', '2012-05', '2012-06'], ['2012-07', '2012-08', '2012-09'], ['2012-10', '2012-11', '2012-12'], ['2013-01', '2013-02', '2013-03']];
  add(OVAL_BY_QUARTER[0], ['2012-05'], 'domestic_violence', OVAL);
  for (const months of quarters.slice(1)) add(30, months, 'domestic_violence', OVAL);
  for (const months of quarters) add(30, months, 'domestic_violence', COLDHARBOUR);
  add(3, ['2012-08'], 'trafficking', COLDHARBOUR);
  return `${lines.join('\n')}\n`;
}

const dashboard = dashboardInChromium({ serverEnv: { DEMO_DATA: 'false' }, pages: { consoleErrors: true } });
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const token = (...args: string[]) => runCli('src/access/token.cli.ts', args, dashboard.server.env).stdout.trim();
  tokens.analyst = token('--role', 'analyst');
  tokens.funder = token('--role', 'funder');
  tokens.councillor = token('--role', 'councillor', '--ward', OVAL);
  const imported = await graphql(dashboard.server.url, tokens.analyst, 'mutation($csv: String!) { importDataset(dataset: gaia_referrals, csv: $csv) { status } }', { csv: dataset() });
  expect(imported.body.data?.importDataset.status).toBe('imported');
  // Funders and councillors read released months only: the analyst releases 2012/13, as after a month's files are in.
  const released = await graphql(dashboard.server.url, tokens.analyst, 'mutation { publishDisclosureRelease(throughMonth: "2013-03") { throughMonth } }');
  expect(released.body).toEqual({ data: { publishDisclosureRelease: { throughMonth: '2013-03' } } });
});

/** The text of a table's row for one measure, cell by cell. */
async function rowCells(table: Locator, heading: string): Promise<string[]> {
  return (await table.locator('tbody tr', { has: table.page().locator('th', { hasText: heading }) }).locator('td').allInnerTexts()).map((t) => t.trim());
}

/**
 * Hovers over a bar chart at one category (found by its axis label, in the middle of the plot) and
 * reads the tooltip; null when no tooltip shows.
 */
async function tooltipAt(chart: Locator, category: string): Promise<string | null> {
  await chart.locator('.recharts-surface').first().scrollIntoViewIfNeeded();
  const tick = chart.locator('.recharts-cartesian-axis-tick-value', { hasText: new RegExp(`^${category.replace(/[/]/g, '\\/')}$`) }).first();
  const tickBox = await tick.boundingBox();
  const plot = await chart.locator('.recharts-cartesian-grid').first().boundingBox();
  if (!tickBox || !plot) throw new Error(`no axis label ${category} or no plot area in the chart`);
  const page = chart.page();
  await page.mouse.move(0, 0);
  await page.mouse.move(tickBox.x + tickBox.width / 2, plot.y + plot.height / 2, { steps: 4 });
  const tooltip = chart.locator('.recharts-default-tooltip');
  try {
    await tooltip.waitFor({ state: 'visible', timeout: 2_000 });
  } catch {
    return null;
  }
  return (await tooltip.innerText()).replace(/\s+/g, ' ').trim();
}

const wardPage = `/wards/${OVAL}?year=2012%2F13`;
const QUARTERS_TABLE = 'Oval by quarter, 2012/13';
const CHART_TABLE = 'Gaia Centre referrals in Oval by quarter, 2012/13';

/** Opens the Oval briefing signed in, and waits for its figures. */
async function openOvalBriefing(token: string, as: string): Promise<OpenedPage> {
  const opened = await dashboard.newPage();
  await dashboard.signIn(opened.page, token, as);
  await opened.page.goto(`${dashboard.server.url}${wardPage}`);
  const quarters = opened.page.getByRole('table', { name: QUARTERS_TABLE, exact: true });
  await quarters.locator('tbody tr', { hasText: 'Gaia Centre referrals' }).locator('td', { hasText: /^(\d|\[c\])/ }).first().waitFor({ timeout: 60_000 });
  await opened.page.getByRole('table', { name: CHART_TABLE, exact: true }).waitFor({ timeout: 30_000 });
  return opened;
}

const ovalChart = (page: Page) => page.locator('.app-chart').filter({ has: page.getByRole('table', { name: CHART_TABLE, exact: true }) });

describe.each([
  ['funder', 'funder'],
  ['councillor', 'councillor for Oval'],
])('a %s reading the Oval ward briefing', (role, as) => {
  it('sees the small quarter as [c] with the legend, on screen and printed, and the page passes axe', async () => {
    const { page, errors } = await openOvalBriefing(tokens[role], as);
    // Q1's 2 is withheld, and so is one more quarter and the year, so that 2 cannot be worked out from them.
    const quarters = page.getByRole('table', { name: QUARTERS_TABLE, exact: true });
    expect(await rowCells(quarters, 'Gaia Centre referrals')).toEqual(['[c]', '[c]', '30', '30', '[c]']);
    const chartTable = page.getByRole('table', { name: CHART_TABLE, exact: true });
    expect((await chartTable.locator('tbody td').allInnerTexts()).map((t) => t.trim())).toEqual(['[c]', '[c]', '30', '30']);
    expect(await page.locator('main').innerText()).toContain(LEGEND);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The printed briefing: the legend in its header, the same [c] cells.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('VAWG Insight ward briefing: Oval').isVisible()).toBe(true);
    expect(await page.getByText(`${LEGEND}.`, { exact: true }).isVisible()).toBe(true);
    expect(await rowCells(quarters, 'Gaia Centre referrals')).toEqual(['[c]', '[c]', '30', '30', '[c]']);
    expect(await quarters.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("never shows a withheld quarter's number in the chart's tooltip", async () => {
    const { page, errors } = await openOvalBriefing(tokens[role], as);
    const chart = ovalChart(page);
    expect(await tooltipAt(chart, '2012/13 Q3')).toBe('2012/13 Q3 Oval : 30');
    for (const quarter of ['2012/13 Q1', '2012/13 Q2']) expect(await tooltipAt(chart, quarter) ?? '').not.toMatch(/\d+$/);
    expect(errors).toEqual([]);
  });
});

// recharts' Tooltip drops null values by default (filterNull), which left a withheld bar without a tooltip.
describe('a funder hovering a withheld quarter on the Oval ward page', () => {
  it('reads [c] in its tooltip', async () => {
    const { page } = await openOvalBriefing(tokens.funder, 'funder');
    expect(await tooltipAt(ovalChart(page), '2012/13 Q1')).toBe('2012/13 Q1 Oval : [c]');
  });
});

describe('a funder on the Gaia strands page', () => {
  const trafficking = (page: Page) => page.locator('.app-small-multiples__panel').filter({ has: page.getByRole('heading', { name: 'Trafficking', exact: true }) });

  async function openStrands(): Promise<OpenedPage> {
    const opened = await dashboard.newPage();
    await dashboard.signIn(opened.page, tokens.funder, 'funder');
    await opened.page.goto(`${dashboard.server.url}/strands?year=2012%2F13`);
    await trafficking(opened.page).locator('.recharts-cartesian-grid').first().waitFor({ timeout: 60_000 });
    return opened;
  }

  it("never shows the borough's 3 trafficking referrals in a tooltip", async () => {
    const { page, errors } = await openStrands();
    const domestic = page.locator('.app-small-multiples__panel').filter({ has: page.getByRole('heading', { name: 'Domestic violence', exact: true }) });
    const table = page.getByRole('table', { name: 'Gaia Centre referrals by strand and quarter, 2012/13', exact: true });
    expect(await rowCells(table, 'Trafficking')).toEqual(['0', '[c]', '0', '0', '[c]']);
    expect(await tooltipAt(domestic, 'Q3')).toBe('Q3 Referrals : 60');
    expect(await tooltipAt(trafficking(page), 'Q2') ?? '').not.toContain('3');
    expect(await page.locator('main').innerText()).toContain(LEGEND);
    expect(errors).toEqual([]);
  });

  it('says [c] in the tooltip of a withheld strand quarter', async () => {
    const { page } = await openStrands();
    expect(await tooltipAt(trafficking(page), 'Q2')).toBe('Q2 Referrals : [c]');
  });
});
