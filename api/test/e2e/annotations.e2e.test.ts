import type { Locator, Page } from 'playwright-core';
import { runCli } from '../run-cli';
import { accessibilityViolations, dashboardInChromium, screenshot } from './browser';
import { graphql } from './start-server';

// The timeline's events and analysts' notes on every time chart of the dashboard, in Debian Chromium:
// a numbered line (or, on sparklines, a tick) on the chart and the same event in words beneath it.

const OVAL = 'E05000426';
const GAIA_OPENING = '1 January 2012: Gaia Centre (integrated VAWG service run by Refuge) launched (January 2012) (timeline: service)';
const NOTE_TITLE = 'Olympic policing drew the vice team away from Lambeth';

const dashboard = dashboardInChromium({ pages: { reducedMotion: 'reduce' } });

/** The list beneath a chart (in `scope`) whose heading starts with `heading`: each entry as a person reads it. */
async function eventsListed(scope: Page | Locator, heading: string): Promise<{ list: Locator; entries: string[] }> {
  const list = scope.getByRole('list', { name: new RegExp(`^${heading.replace(/[()]/g, '\\$&')}`) });
  await list.waitFor({ timeout: 30_000 });
  const entries = (await list.locator('li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  return { list, entries };
}

/** The vertical lines drawn at a period, with the numbers each carries. */
async function markersAt(scope: Page | Locator, period: string): Promise<string[]> {
  const lines = scope.locator(`.app-annotation-line[data-period="${period}"]`);
  // 'attached': a vertical line has no width, so Playwright never counts it visible.
  await lines.first().waitFor({ state: 'attached', timeout: 30_000 });
  return lines.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-label') ?? ''));
}

describe('timeline events and analysts’ notes on the time charts', () => {
  it('marks the Gaia Centre opening and an analyst’s new note on the home page’s quarterly chart (2011/12 to 2013/14), and lists them beneath it', async () => {
    const analystToken = runCli('src/access/token.cli.ts', ['--role', 'analyst'], dashboard.server.env).stdout.trim();
    const added = await graphql(dashboard.server.url, analystToken, 'mutation($d: Date!, $t: String!) { addAnnotation(date: $d, title: $t) { kind source } }', {
      d: '2012-08-15',
      t: NOTE_TITLE,
    });
    expect(added.body.data?.addAnnotation).toEqual({ kind: 'note', source: "Analyst's note" });

    const { page, errors } = await dashboard.open('/?year=2013/14&quarter=4');
    const { entries } = await eventsListed(page, 'Events on this chart');
    expect(entries).toEqual([
      '1 1 July 2011: First integrated Safer Lambeth VAWG strategy published (July 2011) (timeline: strategy)',
      `2 ${GAIA_OPENING}`,
      "3 8 March 2012: International Women's Day vice operations and 'Thinking of buying sex? Think again' campaign (timeline: campaign)",
      `4 15 August 2012: ${NOTE_TITLE} (analyst’s note)`,
      "5 1 December 2012: 'Know the Difference' and 'Thinking about buying sex? Think again!' relaunched for the Christmas period (timeline: campaign)",
      "6 1 May 2013: 'This is abuse' campaign on intimate partner abuse among young people launched (timeline: campaign)",
      "7 1 January 2014: Women's offending service (Women in Prison and Eaves) starts (timeline: service)",
    ]);
    // January and March 2012 share the bar of 2011/12 Q4; the note stands on 2012/13 Q2.
    expect(await markersAt(page, '2011/12 Q4')).toEqual(['2, 3']);
    expect(await markersAt(page, '2012/13 Q2')).toEqual(['4']);
    expect(await page.locator('.app-annotation-number').allTextContents()).toEqual(['1', '2, 3', '4', '5', '6', '7']);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'annotations-home');
    expect(errors).toEqual([]);
  });

  it('marks the Gaia Centre opening on every strand’s 2011/12 Q4 and lists it once beneath the small multiples', async () => {
    const { page, errors } = await dashboard.open('/strands?year=2011/12');
    const { entries } = await eventsListed(page, 'Events on these charts');
    expect(entries).toContain(`2 ${GAIA_OPENING}`);
    await page.locator('.app-small-multiples .recharts-surface').first().waitFor({ timeout: 30_000 });
    const panels = await page.locator('.app-small-multiples__panel').count();
    expect(panels).toBeGreaterThan(0);
    expect(await markersAt(page.locator('.app-small-multiples'), 'Q4')).toEqual(Array(panels).fill('2, 3'));

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'annotations-strands');
    expect(errors).toEqual([]);
  });

  it('ticks January 2012 on the review’s trend lines, which run from April 2011 to the end of 2012/13 Q4, and lists the events', async () => {
    const { page, errors } = await dashboard.open('/review?year=2012/13&quarter=4');
    const { entries } = await eventsListed(page, 'Events on the trend lines, April 2011 to March 2013');
    // Ticks carry no numbers: the list says when each event was.
    expect(entries).toContain(GAIA_OPENING);
    expect(entries[0]).toBe('1 July 2011: First integrated Safer Lambeth VAWG strategy published (July 2011) (timeline: strategy)');
    const ticks = await markersAt(page.locator('table.app-table--targets'), '2012-01');
    expect(ticks.length).toBeGreaterThan(0);
    expect(await page.locator('table.app-table--targets thead').innerText()).toContain('Trend');
    expect(await page.locator('table.app-table--targets thead .app-visually-hidden').innerText()).toContain('April 2011 to March 2013');

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'annotations-review');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('list', { name: /^Events on the trend lines/ }).isVisible()).toBe(true);
    await screenshot(page, 'annotations-review-print');
    expect(errors).toEqual([]);
  });

  it('marks the Gaia Centre opening on a ward’s trend chart for 2011/12 and lists it beneath', async () => {
    const { page, errors } = await dashboard.open(`/wards/${OVAL}?year=2011/12`);
    await page.getByRole('heading', { level: 1, name: 'Oval' }).waitFor({ timeout: 30_000 });
    // The "Through the year" chart; the year-by-year chart below has its own list.
    const throughTheYear = page.locator('section', { has: page.getByRole('heading', { name: 'Through the year', exact: true }) });
    const { entries } = await eventsListed(throughTheYear, 'Events on this chart');
    expect(entries).toEqual([
      '1 1 July 2011: First integrated Safer Lambeth VAWG strategy published (July 2011) (timeline: strategy)',
      `2 ${GAIA_OPENING}`,
      "3 8 March 2012: International Women's Day vice operations and 'Thinking of buying sex? Think again' campaign (timeline: campaign)",
    ]);
    expect(await markersAt(throughTheYear, '2011/12 Q4')).toEqual(['2, 3']);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'annotations-ward');
    expect(errors).toEqual([]);
  });
});
