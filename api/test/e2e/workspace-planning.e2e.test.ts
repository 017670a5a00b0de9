import type { Locator, Page } from 'playwright-core';
import { runCli } from '../run-cli';
import { accessibilityViolations, dashboardInChromium, screenshot } from './browser';
import { graphql } from './start-server';

// The analysts' workspace, planning pages (issue 12), in Debian Chromium as an analyst: targets (and the
// quarterly review they change), notes and series breaks (and the time charts that draw them), and the
// emerging-issues register with the signals filed under it. The small demo (data to March 2014) suffices.

const dashboard = dashboardInChromium({ serverEnv: { VAWG_TODAY: '2014-04-01' }, pages: { reducedMotion: 'reduce' } });
const WAIT = { timeout: 120_000 };

let analystToken: string;
beforeAll(() => {
  analystToken = runCli('src/access/token.cli.ts', ['--role', 'analyst'], dashboard.server.env).stdout.trim();
});

async function signedInAt(address: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await dashboard.newPage();
  await dashboard.signIn(page, analystToken, 'analyst');
  await page.goto(`${dashboard.server.url}${address}`, WAIT);
  return { page, errors };
}

/** A row's cells as a person reads them, one string per cell. */
async function cells(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** An element's text as a screen reader reads it (visually hidden words included), spaces collapsed. */
async function spoken(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the element with `id` has focus: how a keyboard user reaches a field. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('the targets page', () => {
  it('sets a target for 2013/14 and the quarterly review’s row and status change with it; the API’s refusal shows beside its field', async () => {
    const reviewRow = async (page: Page) => {
      await page.goto(`${dashboard.server.url}/review?year=2013/14&quarter=4`, WAIT);
      const row = page.locator('table.app-table--targets tbody tr', { has: page.getByRole('link', { name: 'Kerb-crawler operations', exact: true }) });
      await row.waitFor(WAIT);
      return cells(row);
    };
    const { page, errors } = await signedInAt('/workspace/targets?year=2013/14');
    const before = await reviewRow(page);
    expect(before[2]).toMatch(/illustrative/);

    await page.goto(`${dashboard.server.url}/workspace/targets?year=2013/14`, WAIT);
    await page.getByRole('heading', { name: 'Targets for 2013/14', level: 2 }).waitFor(WAIT);
    const table = page.getByRole('table', { name: /^Targets for 2013\/14/ });
    await table.locator('tbody tr').first().waitFor(WAIT);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A rate above 100 is refused by the API, which names the field: the summary links to it and the field says why.
    const form = page.getByRole('form', { name: 'Set a target for 2013/14' });
    await form.getByLabel('Measure').selectOption({ label: 'Drug-test referral rate' });
    await form.getByLabel('Target for the year').fill('150');
    await form.getByRole('button', { name: 'Save target' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    const refusal = 'arrests.women_drug_test_referral_rate is a percentage, so its target must be from 0 to 100; got 150.';
    await summary.getByRole('link', { name: refusal }).waitFor(WAIT);
    expect(await spoken(page.locator('#target-value-error'))).toBe(`Error: ${refusal}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-targets-refused');
    await summary.getByRole('link', { name: refusal }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('target-value');

    // Change the kerb-crawler target from its row: the form fills in, and saving replaces it.
    await table.getByRole('button', { name: 'Change the target for Kerb-crawler operations' }).click();
    expect(await form.getByLabel('Measure').inputValue()).toBe('police.operations');
    await form.getByLabel('Target for the year').fill('400');
    await form.getByLabel('Owner (optional)').fill('Lambeth Police Vice Team');
    await form.getByRole('button', { name: 'Save target' }).click();
    await page.getByRole('status').filter({ hasText: 'Target saved: Kerb-crawler operations, 2013/14.' }).waitFor(WAIT);
    const saved = table.locator('tbody tr', { hasText: 'Kerb-crawler operations' });
    expect((await cells(saved)).slice(0, 6)).toEqual(['Kerb-crawler operations', '400', 'Higher is better', '10%', 'Even: 100, 100, 100, 100', 'Lambeth Police Vice Team']);
    await screenshot(page, 'workspace-targets');

    const after = await reviewRow(page);
    expect(after[2]).toBe('400'); // the target to date at Q4 is the whole year's, no longer illustrative
    expect(after[4]).toBe('At risk'); // behind profile, but better than the same period last year
    expect(after).not.toEqual(before);
    expect(errors).toEqual([]);
  });

  it('offers a year beyond the data and sets a target for it', async () => {
    const { page, errors } = await signedInAt('/workspace/targets');
    const other = page.getByRole('textbox', { name: 'Another financial year' });
    await other.waitFor(WAIT);
    await other.fill('2031/32');
    await page.getByRole('button', { name: 'Show year' }).click();
    await page.getByText('No targets have been set for financial year 2031 to 2032. Set the first one below.').waitFor(WAIT);
    const form = page.getByRole('form', { name: 'Set a target for 2031/32' });
    await form.getByLabel('Measure').selectOption({ label: 'Gaia Centre referrals' });
    await form.getByLabel('Target for the year').fill('1600');
    await page.locator('#target-profile-1').fill('400');
    await page.locator('#target-profile-2').fill('400');
    await page.locator('#target-profile-3').fill('400');
    await page.locator('#target-profile-4').fill('400');
    await form.getByRole('button', { name: 'Save target' }).click();
    const row = page.getByRole('table', { name: /^Targets for 2031\/32/ }).locator('tbody tr', { hasText: 'Gaia Centre referrals' });
    await row.waitFor(WAIT);
    expect((await cells(row)).slice(0, 3)).toEqual(['Gaia Centre referrals', '1,600', 'Higher is better']);
    expect(page.url()).toContain('year=2031%2F32');
    expect(errors).toEqual([]);
  });
});

describe('the events and series breaks page', () => {
  it('adds a note with the keyboard only, changes it, sees it on a time chart, and removes it after confirming', async () => {
    const { page, errors } = await signedInAt('/workspace/notes');
    await page.getByRole('heading', { name: 'Timeline events' }).waitFor(WAIT);
    expect(await page.getByText('No analyst has added a note yet.').isVisible()).toBe(true);
    // Timeline events are reference data: listed, with no change or remove.
    const timeline = page.getByRole('table', { name: /^Timeline events/ });
    expect(await timeline.locator('tbody tr').count()).toBe(6);
    expect(await timeline.getByRole('button').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Keyboard only: Tab to the date, type, Tab to the title, type, Tab to the button, Enter.
    await tabTo(page, 'note-date');
    await page.keyboard.type('2013-07-15');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vice team moved to Brixton');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Note added: Vice team moved to Brixton (15 July 2013).' }).waitFor(WAIT);
    const notes = page.getByRole('table', { name: /^Analysts’ notes/ });
    expect(await cells(notes.locator('tbody tr'))).toEqual(['15 July 2013', 'Vice team moved to Brixton', 'Change the note of 15 July 2013 Remove the note of 15 July 2013']);

    // A bad date is the API's to refuse, beside the field.
    await notes.getByRole('button', { name: 'Change the note of 15 July 2013' }).click();
    await page.getByRole('heading', { name: 'Change the note of 15 July 2013' }).waitFor(WAIT);
    await page.getByLabel('Date', { exact: true }).fill('2013-07-32');
    await page.getByRole('button', { name: 'Save the note' }).click();
    await page.locator('#note-date-error').waitFor(WAIT);
    expect(await spoken(page.locator('#note-date-error'))).toBe('Error: Must be a real date written YYYY-MM-DD; got "2013-07-32"');
    await page.getByLabel('Date', { exact: true }).fill('2013-08-01');
    await page.getByLabel('What happened').fill('Vice team moved to Brixton police station');
    await page.getByRole('button', { name: 'Save the note' }).click();
    await page.getByRole('status').filter({ hasText: 'Note changed: Vice team moved to Brixton police station (1 August 2013).' }).waitFor(WAIT);
    await screenshot(page, 'workspace-notes');

    // The home page's quarterly chart lists it beneath, as the analyst's note.
    await page.goto(`${dashboard.server.url}/?year=2013/14&quarter=4`, WAIT);
    const listed = page.getByRole('list', { name: /^Events on this chart/ }).first().locator('li', { hasText: 'Vice team moved to Brixton police station' });
    await listed.waitFor(WAIT);
    // Sixth on the chart: after the five timeline events from July 2011 to May 2013.
    expect((await listed.innerText()).replace(/\s+/g, ' ').trim()).toBe('6 1 August 2013: Vice team moved to Brixton police station (analyst’s note)');

    // Removing asks first; Cancel keeps it, Yes removes it.
    await page.goto(`${dashboard.server.url}/workspace/notes`, WAIT);
    await notes.getByRole('button', { name: 'Remove the note of 1 August 2013' }).click();
    await page.getByText('Remove the note “Vice team moved to Brixton police station” from every time chart?').waitFor(WAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-notes-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await notes.locator('tbody tr').count()).toBe(1);
    await notes.getByRole('button', { name: 'Remove the note of 1 August 2013' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText('No analyst has added a note yet.').waitFor(WAIT);
    expect(errors).toEqual([]);
  });

  it('adds a series break, changes its reason and removes it', async () => {
    const { page, errors } = await signedInAt('/workspace/notes');
    const form = page.getByRole('form', { name: 'Add a series break' });
    await form.waitFor(WAIT);
    await form.getByLabel('Measure').selectOption({ label: 'Kerb-crawler operations' });
    await form.getByLabel('Starts on').fill('2013-04-01');
    await form.getByLabel('Reason').fill('New recording system');
    await form.getByRole('button', { name: 'Add the break' }).click();
    await page.getByRole('status').filter({ hasText: 'Series break added: Kerb-crawler operations from 1 April 2013.' }).waitFor(WAIT);
    const breaks = page.getByRole('table', { name: /^Series breaks/ });
    const row = breaks.locator('tbody tr', { hasText: 'Kerb-crawler operations' });
    expect((await cells(row)).slice(0, 3)).toEqual(['Kerb-crawler operations', '1 April 2013', 'New recording system']);

    // The same break twice is refused, naming the date field.
    await form.getByLabel('Measure').selectOption({ label: 'Kerb-crawler operations' });
    await form.getByLabel('Starts on').fill('2013-04-01');
    await form.getByLabel('Reason').fill('Again');
    await form.getByRole('button', { name: 'Add the break' }).click();
    await page.locator('#break-starts-on-error').waitFor(WAIT);
    expect(await spoken(page.locator('#break-starts-on-error'))).toBe('Error: police.operations already has a break starting on 2013-04-01');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-breaks-refused');

    await breaks.getByRole('button', { name: 'Change the break in Kerb-crawler operations from 1 April 2013' }).click();
    const change = page.getByRole('form', { name: 'Change the break in Kerb-crawler operations from 1 April 2013' });
    await change.getByLabel('Reason').fill('CRIS replaced by Connect');
    await change.getByRole('button', { name: 'Save the break' }).click();
    await page.getByRole('status').filter({ hasText: 'Series break changed' }).waitFor(WAIT);
    expect((await cells(row)).slice(0, 3)).toEqual(['Kerb-crawler operations', '1 April 2013', 'CRIS replaced by Connect']);

    await breaks.getByRole('button', { name: 'Remove the break in Kerb-crawler operations from 1 April 2013' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed the break in Kerb-crawler operations from 1 April 2013.' }).waitFor(WAIT);
    expect(await row.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the emerging-issues page', () => {
  it('creates an issue, changes its status, adds an update, and links and unlinks a live signal', async () => {
    const { page, errors } = await signedInAt('/workspace/issues');
    const form = page.getByRole('form', { name: 'Add an issue' });
    await form.waitFor(WAIT);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Nothing filled in: the API's refusal of the empty title shows beside it.
    await form.getByRole('button', { name: 'Add the issue' }).click();
    await page.locator('#issue-title-error').waitFor(WAIT);
    expect(await spoken(page.locator('#issue-title-error'))).toBe('Error: Must not be empty');

    await form.getByLabel('Title').fill('Cuckooing of vulnerable women’s flats');
    await form.getByLabel('Description').fill('Outreach reports flats taken over for selling sex.');
    await form.getByLabel('First raised').fill('2013-09-12');
    await form.getByRole('checkbox', { name: 'Women arrested for soliciting' }).check();
    await form.getByLabel('Source').fill('Outreach team');
    await form.getByLabel('Owner').fill('VAWG Operational Group');
    await form.getByRole('button', { name: 'Add the issue' }).click();
    await page.getByRole('status').filter({ hasText: 'Issue added to the register: Cuckooing of vulnerable women’s flats.' }).waitFor(WAIT);
    const entry = page.getByRole('article', { name: 'Cuckooing of vulnerable women’s flats' });
    expect(await entry.locator('.app-status-tag').innerText()).toBe('Watching');

    // Status, then a dated update.
    await entry.getByLabel('Status', { exact: true }).selectOption('ESCALATED');
    await entry.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('status').filter({ hasText: 'Status of “Cuckooing of vulnerable women’s flats” changed to escalated.' }).waitFor(WAIT);
    await entry.locator('.app-status-tag', { hasText: 'Escalated' }).waitFor(WAIT);
    await entry.getByLabel('Date of the update').fill('2013-10-01');
    await entry.getByLabel('What has happened').fill('Two flats identified in Coldharbour.');
    await entry.getByRole('button', { name: 'Add the update' }).click();
    await entry.getByText('Two flats identified in Coldharbour.').waitFor(WAIT);

    // The first live signal, filed under the new issue.
    const signals = page.getByRole('table', { name: /^Live signals/ });
    const firstSignal = signals.locator('tbody tr').first();
    await firstSignal.waitFor(WAIT);
    const series = (await firstSignal.locator('th').evaluate((th) => th.firstChild?.textContent ?? '')).trim();
    await firstSignal.getByRole('combobox').selectOption({ label: 'Cuckooing of vulnerable women’s flats' });
    await firstSignal.getByRole('button', { name: /^Link/ }).click();
    await page.getByRole('status').filter({ hasText: `Linked ${series} to “Cuckooing of vulnerable women’s flats”.` }).waitFor(WAIT);
    expect(await entry.getByRole('listitem').filter({ hasText: series }).isVisible()).toBe(true);
    expect((await cells(firstSignal))[3]).toBe('Cuckooing of vulnerable women’s flats');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-issues');

    // Unlinking asks first.
    await entry.getByRole('button', { name: `Unlink the signal ${series}` }).click();
    await entry.getByRole('button', { name: 'Yes, unlink it' }).click();
    await page.getByRole('status').filter({ hasText: `Unlinked ${series} from “Cuckooing of vulnerable women’s flats”.` }).waitFor(WAIT);
    await entry.getByText('None. Link a live signal from the list of signals below.').waitFor(WAIT);

    // The server agrees: the issue has no signal, and is escalated with its update.
    const register = await graphql(dashboard.server.url, analystToken, '{ emergingIssues(status: ESCALATED) { title linkedSignals updates { date text } } }');
    expect(register.body.data?.emergingIssues).toEqual([
      { title: 'Cuckooing of vulnerable women’s flats', linkedSignals: [], updates: [{ date: '2013-10-01', text: 'Two flats identified in Coldharbour.' }] },
    ]);
    expect(errors).toEqual([]);
  });
});
