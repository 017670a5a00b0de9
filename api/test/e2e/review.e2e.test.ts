import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accessibilityViolations, dashboardInChromium, screenshot } from './browser';
import { graphql } from './start-server';

// The quarterly review's pages (issue 3) in Debian Chromium, each checked with axe-core at WCAG 2.2 AA.

const RAG_WORDS = ['On track', 'At risk', 'Off track', 'No target'];
const FORCED_BEGGING = 'Forced begging, trafficking and prostitution';

const dashboard = dashboardInChromium({ pages: { reducedMotion: 'reduce' } });
let token: string;

beforeAll(async () => {
  const response = await fetch(`${dashboard.server.url}/auth/demo-token`);
  token = ((await response.json()) as { token: string }).token;
});

/** Figures as the dashboard writes them (en-GB, at most one decimal place). */
const figure = (value: number, unit: string) => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value)}${unit === 'PERCENT' ? '%' : ''}`;

describe('the quarterly review in Chromium', () => {
  it('shows 2012/13 Q4: every target with RAG in words, +83% / +81% / +50% on last year, SPC icons and the forced-begging issue', async () => {
    const { page, errors } = await dashboard.open('/review?year=2012/13&quarter=4');
    const targets = page.locator('table.app-table--targets');
    await targets.waitFor({ timeout: 30_000 });

    const row = (measure: string) => targets.locator('tbody tr', { has: page.getByRole('link', { name: measure, exact: true }) });
    expect(await row('Kerb-crawler operations').innerText()).toContain('+83%');
    expect(await row('Women arrested and referred for a drug test').innerText()).toContain('+81%');
    expect(await row('Chrysalis move-ons').innerText()).toContain('+50%');

    // Every row says its status in words, and carries the two SPC icons with accessible names.
    const rows = await targets.locator('tbody tr').all();
    expect(rows.length).toBeGreaterThan(0);
    for (const target of rows) {
      const status = (await target.locator('.app-status-tag').innerText()).trim();
      expect(RAG_WORDS).toContain(status);
    }
    expect(await targets.getByRole('img', { name: /^(Special|Common) cause variation: / }).count()).toBeGreaterThan(0);
    expect(await targets.getByRole('img', { name: /^Assurance: target / }).count()).toBeGreaterThan(0);
    expect(await targets.innerText()).toContain('illustrative');

    await page.getByRole('link', { name: FORCED_BEGGING }).waitFor({ timeout: 30_000 });
    await page.locator('table', { hasText: 'Gaia Centre referrals by strand, 2012/13 Q4' }).waitFor({ timeout: 30_000 });
    await page.locator('.app-sparkline .recharts-surface').first().waitFor({ timeout: 30_000 });
    await page.locator('.app-chart__graphic .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });

    expect(await page.getByRole('link', { name: 'Quarterly review' }).getAttribute('aria-current')).toBe('page');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'review');
    expect(errors).toEqual([]);
  });

  it('shows the same actual-to-date figures as the figures API', async () => {
    const { body } = await graphql(dashboard.server.url, token, `{ targetStatuses(financialYear: "2012/13", quarter: 4) { target { measure { id label unit } } } }`);
    const measures = (body.data?.targetStatuses ?? []).map((s: { target: { measure: { id: string; label: string; unit: string } } }) => s.target.measure);
    expect(measures.length).toBeGreaterThan(0);

    const { page } = await dashboard.open('/review?year=2012/13&quarter=4');
    const targets = page.locator('table.app-table--targets');
    await targets.waitFor({ timeout: 30_000 });
    for (const measure of measures) {
      const answer = await graphql(dashboard.server.url, token, 'query($m: ID!) { figures(measure: $m, financialYear: "2012/13") { total } }', { m: measure.id });
      const total = answer.body.data?.figures.total as number;
      const cells = await targets.locator('tbody tr', { has: page.getByRole('link', { name: measure.label, exact: true }) }).locator('td').allInnerTexts();
      // The first cell after the measure is the actual to date.
      expect(cells[0]?.trim()).toBe(figure(total, measure.unit));
    }
  });

  it('keeps the chosen year and quarter in the address, and opens on the last complete quarter', async () => {
    const { body } = await graphql(dashboard.server.url, token, '{ dataCoverage { lastCompleteQuarter } }');
    const lastComplete = body.data?.dataCoverage.lastCompleteQuarter as string;
    const { page } = await dashboard.open('/review');
    await page.getByRole('heading', { level: 1, name: lastComplete }).waitFor({ timeout: 30_000 });
    expect(`${await page.getByLabel('Financial year').inputValue()} Q${await page.getByLabel('Quarter').inputValue()}`).toBe(lastComplete);
    await page.getByLabel('Financial year').selectOption('2012/13');
    await page.getByRole('heading', { level: 1, name: /^2012\/13 Q/ }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Quarter').selectOption('2');
    await page.getByRole('heading', { level: 1, name: '2012/13 Q2' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('quarter')).toBe('2');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2012/13');
  });

  it('prints as an A4 pack: a header with the period and notes, no navigation or buttons', async () => {
    const { page } = await dashboard.open('/review?year=2012/13&quarter=4');
    await page.locator('table.app-table--targets').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Print this pack' }).waitFor();
    await page.locator('.app-chart__graphic .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('.app-print-header');
    expect(await header.isVisible()).toBe(true);
    const headerText = await header.innerText();
    expect(headerText).toContain('2012/13 Q4');
    expect(headerText).toContain('Illustrative targets');
    expect(headerText).toContain('Synthetic demo data');
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this pack' }).isVisible()).toBe(false);
    await screenshot(page, 'review-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: path.join(os.tmpdir(), 'vawg-review-pack.pdf') });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});

describe('the measure detail page in Chromium', () => {
  it('draws the SPC chart with its table and summary, filters by strand, and downloads the table as CSV', async () => {
    const { page, errors } = await dashboard.open('/measures/gaia.referrals');
    await page.getByRole('heading', { level: 1, name: 'Gaia Centre referrals' }).waitFor({ timeout: 30_000 });
    const table = page.locator('table', { hasText: 'Upper process limit' });
    await table.waitFor({ timeout: 30_000 });
    await page.locator('.app-chart__graphic--spc .recharts-surface').waitFor({ timeout: 30_000 });
    const monthRows = await table.locator('tbody tr').count();
    expect(monthRows).toBeGreaterThanOrEqual(12);
    expect(await page.locator('.app-chart__status--ready').innerText()).toMatch(/^Gaia Centre referrals/);
    // The timeline's events are drawn and listed: the Gaia Centre opened in January 2012.
    expect(await page.locator('.app-marker-notes').innerText()).toContain('Gaia Centre');
    // The opening's number, on the chart's first month, stays clear of the y axis's labels.
    const boxes = (selector: string) => page.locator(`.app-chart__graphic--spc ${selector}`).evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect()).map(({ left, right, top, bottom }) => ({ left, right, top, bottom })));
    const numbers = await boxes('.app-annotation-number rect');
    const axisLabels = await boxes('.recharts-yAxis-tick-labels text');
    expect(numbers.length).toBeGreaterThan(0);
    expect(axisLabels.length).toBeGreaterThan(0);
    expect(numbers.flatMap((n) => axisLabels.filter((l) => n.left < l.right && l.left < n.right && n.top < l.bottom && l.top < n.bottom))).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download this table as CSV' }).click();
    const file = await (await download).path();
    const csv = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Month,Value,Mean,Lower process limit,Upper process limit,Limits,Special cause');
    expect(lines).toHaveLength(monthRows + 1);
    expect(lines.every((line) => !/(^|,)[=+\-@]/.test(line))).toBe(true);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'measure');

    await page.getByLabel('Gaia strand').selectOption('trafficking');
    await page.getByRole('heading', { level: 2, name: /Trafficking strand/ }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('strand')).toBe('trafficking');
    await page.locator('table', { hasText: 'Upper process limit' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  it('says so in plain English when the measure does not exist', async () => {
    const { page } = await dashboard.open('/measures/no.such.measure');
    await page.getByRole('heading', { level: 1, name: 'Measure not found' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('main').innerText()).toContain('There is no measure with the id “no.such.measure”');
  });
});

describe('the Gaia strands page in Chromium', () => {
  it('shows each strand by quarter as small multiples and one table whose totals are the API’s', async () => {
    const { page, errors } = await dashboard.open('/strands?year=2012/13');
    const table = page.locator('table', { hasText: 'All strands' });
    await table.waitFor({ timeout: 30_000 });
    const strands = await table.locator('tbody tr').count();
    expect(strands).toBe(8);
    expect(await page.locator('.app-small-multiples__panel').count()).toBe(strands);
    await page.locator('.app-small-multiples .recharts-surface').first().waitFor({ timeout: 30_000 });

    const { body } = await graphql(dashboard.server.url, token, '{ figures(measure: "gaia.referrals", financialYear: "2012/13") { total } }');
    const totalRow = await table.locator('tfoot tr').innerText();
    expect(totalRow.split('\t').pop()?.trim()).toBe(figure(body.data?.figures.total, 'COUNT'));
    expect(totalRow).toContain('1,571');

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'strands');
    expect(errors).toEqual([]);
  });
});

describe('the emerging issues page in Chromium', () => {
  it('lists the register with dated updates and the ranked signals, each linked to its chart', async () => {
    const { page, errors } = await dashboard.open('/issues');
    const issue = page.locator('article', { has: page.getByRole('heading', { name: FORCED_BEGGING }) });
    await issue.waitFor({ timeout: 30_000 });
    const entry = await issue.innerText();
    expect(entry).toMatch(/Watching|Escalated|Closed/);
    expect(entry).toContain('First raised');
    // Its dated updates, newest first, or a plain statement that there are none.
    await issue.getByRole('heading', { name: 'Updates' }).waitFor();
    if ((await issue.locator('time').count()) === 0) expect(entry).toContain('No updates yet.');

    const signals = page.locator('table', { hasText: 'What the figures show' });
    await Promise.race([signals.waitFor({ timeout: 30_000 }), page.getByText('No series shows special cause variation').waitFor({ timeout: 30_000 })]);
    if (await signals.isVisible()) {
      const links = await signals.locator('tbody th a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(/^\/measures\/[^?]+\?(strand|ward)=/);
    }

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'issues');
    expect(errors).toEqual([]);
  });
});

describe('navigation between the pages', () => {
  it('follows the header links within the page, marking the current one, with the keyboard', async () => {
    const { page, errors } = await dashboard.open('/');
    const navigation = page.getByRole('navigation', { name: 'Dashboard pages' });
    await navigation.waitFor({ timeout: 30_000 });
    const pages = await navigation.getByRole('link').allInnerTexts();
    expect(pages.filter((text) => ['Overview', 'Quarterly review', 'Gaia strands', 'Emerging issues'].includes(text))).toEqual(['Overview', 'Quarterly review', 'Gaia strands', 'Emerging issues']);
    // A marker on window survives only if the move does not reload the page.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await navigation.getByRole('link', { name: 'Gaia strands' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gaia Centre referrals by strand' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/strands');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await navigation.getByRole('link', { name: 'Gaia strands' }).getAttribute('aria-current')).toBe('page');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Violence against women and girls in Lambeth' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
