import type { Page } from 'playwright-core';
import { runCli } from '../run-cli';
import { accessibilityViolations, dashboardInChromium, openWorkspaceAsNonAnalyst, screenshot } from './browser';
import { graphql } from './start-server';

// The analysts' imports page in Debian Chromium against the real server (demo data to March 2014):
// a refused file's report, a good file imported and seen in the figures, the same file again
// unchanged, the import undone and gone from the figures; and, for a funder, refused.

const dashboard = dashboardInChromium({ serverEnv: { VAWG_TODAY: '2014-04-01' }, pages: { reducedMotion: 'reduce' } });

const tokenFor = (role: string) => runCli('src/access/token.cli.ts', ['--role', role], dashboard.server.env).stdout.trim();

const HEADER = 'ref,date,ward_code,operation_type';
const REFUSED_FILE = [HEADER, 'E2E-OP-1,2013-06-04,E05000426,kerb_crawling', 'E2E-OP-2,2013-06-31,E05000426,kerb_crawling', 'E2E-OP-3,2013-06-12,E05999999,kerb_crawling', ''].join('\n');
const GOOD_FILE = [HEADER, 'E2E-OP-1,2013-06-04,E05000426,kerb_crawling', 'E2E-OP-2,2013-06-18,E05000426,kerb_crawling', 'E2E-OP-3,2013-06-25,E05000420,kerb_crawling', ''].join('\n');

/** Kerb-crawling operations in June 2013, as the figures API counts them for an analyst. */
async function juneOperations(token: string): Promise<number> {
  const { body } = await graphql(dashboard.server.url, token, '{ figures(measure: "police.operations", from: "2013-06-01", to: "2013-06-30") { total } }');
  expect(body.errors).toBeUndefined();
  return body.data?.figures.total;
}

/** A table's rows as the cells a person reads. */
async function rowsOf(page: Page, caption: RegExp): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  await table.locator('tbody tr').first().waitFor({ timeout: 120_000 });
  return (await table.locator('tbody tr').allInnerTexts()).map((row) => row.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim()));
}

/**
 * Kerb-crawler operations as the dashboard shows them, reached by its own links (no page load, so
 * whatever the app holds in its cache is what it shows): the review's actual to date, then June
 * 2013 in the measure's chart table; and back to the imports page the same way.
 */
async function shownInFigures(page: Page): Promise<{ toDate: number; june: number }> {
  const header = page.locator('header');
  await header.getByRole('link', { name: 'Quarterly review' }).click();
  const link = page.getByRole('link', { name: 'Kerb-crawler operations', exact: true });
  const row = page.locator('table.app-table--targets tbody tr', { has: link });
  await row.waitFor({ timeout: 120_000 });
  const toDate = Number((await row.locator('td').first().innerText()).replace(/\D/g, ''));
  await link.click();
  const june = page.locator('table', { hasText: 'Upper process limit' }).locator('tbody tr', { hasText: 'June 2013' });
  await june.waitFor({ timeout: 120_000 });
  const juneValue = Number((await june.innerText()).split('\t')[1].replace(/\D/g, ''));
  await header.getByRole('link', { name: 'Workspace' }).click();
  await page.getByRole('link', { name: 'Imports', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor({ timeout: 60_000 });
  return { toDate, june: juneValue };
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

describe('the imports page for an analyst', () => {
  it('reports a refused file row by row, imports a good one into the figures, shows it unchanged when sent again, and undoes it', async () => {
    const analyst = tokenFor('analyst');
    const before = await juneOperations(analyst);
    const { page, errors } = await dashboard.newPage({ consoleErrors: true });
    await dashboard.signIn(page, analyst, 'analyst');
    await page.goto(`${dashboard.server.url}/`);
    // The figures pages seen first, so the app holds their answers when the import changes them.
    const shownBefore = await shownInFigures(page);
    expect(shownBefore.june).toBe(before);
    await page.getByLabel('Dataset').selectOption({ label: 'Targeted police operations' });

    // A refused file: nothing stored, every problem listed, sortable by column.
    await chooseFile(page, 'operations-june.csv', REFUSED_FILE);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file was refused: nothing from it was stored' }).waitFor({ timeout: 120_000 });
    expect(await page.getByText('2 problems were found in the Targeted police operations file. Correct them and check the file again.').count()).toBe(1);
    const problems = await rowsOf(page, /^Problems in operations-june\.csv \(2\)/);
    expect(problems.map((cells) => cells.slice(0, 3))).toEqual([['3', 'date', '2013-06-31'], ['4', 'ward_code', 'E05999999']]);
    expect(problems[1][3]).toBe('ward_code is not a Lambeth ward code (GSS code E05…, see the wards reference)');
    const lineHeader = page.getByRole('columnheader', { name: 'Line' });
    expect(await lineHeader.getAttribute('aria-sort')).toBe('none');
    await lineHeader.getByRole('button').click();
    await lineHeader.getByRole('button').click();
    expect(await lineHeader.getAttribute('aria-sort')).toBe('descending');
    expect((await rowsOf(page, /^Problems in/)).map((cells) => cells[0])).toEqual(['4', '3']);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the problems as CSV' }).click();
    expect((await download).suggestedFilename()).toBe('operations-june-problems.csv');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-imports-refused');
    expect(await juneOperations(analyst)).toBe(before);

    // A good file: checked, then imported; the figures count exactly its three operations more.
    await chooseFile(page, 'operations-june.csv', GOOD_FILE);
    // Held at the browser until the progress bar and its words have been read.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/imports/police_operations?*', async (route) => {
      await held;
      await route.continue();
    }, { times: 1 });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('progress').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Checking the file').evaluate((element) => element.tagName)).toBe('PROGRESS');
    expect(await page.getByRole('status').filter({ hasText: /^(Starting to send the file…|Sending the file: |Sent all )/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Check the file' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-imports-progress');
    release();
    await page.getByRole('heading', { name: 'The file can be imported' }).waitFor({ timeout: 120_000 });
    expect(await page.getByText('3 rows read: 3 new, 0 changed, 0 unchanged, 0 rejected. Nothing has been stored yet').count()).toBe(1);
    expect(await juneOperations(analyst)).toBe(before);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const imported = page.getByRole('heading', { name: /^Imported as batch \d+$/ });
    await imported.waitFor({ timeout: 120_000 });
    const batch = Number((await imported.innerText()).replace(/\D/g, ''));
    expect(await juneOperations(analyst)).toBe(before + 3);
    const history = page.locator('table', { has: page.locator('caption', { hasText: /^Imports, newest first/ }) });
    await history.locator('tbody tr th', { hasText: String(batch) }).waitFor({ timeout: 60_000 });
    expect((await rowsOf(page, /^Imports, newest first/))[0].slice(0, 7)).toEqual([String(batch), 'Targeted police operations', expect.stringMatching(/ by analyst:cli:analyst$/), '3', '0', '0', '0']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-imports-imported');
    // The figures pages, moved to within the app, show the three operations at once.
    expect(await shownInFigures(page)).toEqual({ toDate: shownBefore.toDate + 3, june: before + 3 });
    await page.getByLabel('Dataset').selectOption({ label: 'Targeted police operations' });

    // The same file again, dropped on the page this time: checked and imported, nothing changes.
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'operations-june-again.csv', { type: 'text/csv' }));
      return transfer;
    }, GOOD_FILE);
    await page.locator('.app-drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('Chosen: operations-june-again.csv').waitFor();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('3 rows read: 0 new, 0 changed, 3 unchanged, 0 rejected.', { exact: false }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Nothing changed: every row was already stored as it is in this file.', { exact: false }).waitFor({ timeout: 120_000 });
    const second = Number((await imported.innerText()).replace(/\D/g, ''));
    expect(second).toBeGreaterThan(batch);
    expect(await juneOperations(analyst)).toBe(before + 3);
    await history.locator('tbody tr th', { hasText: String(second) }).waitFor({ timeout: 60_000 });
    const [again, first] = await rowsOf(page, /^Imports, newest first/);
    expect(again.slice(3, 7)).toEqual(['0', '0', '3', '0']);
    expect(again[8]).toBe('Nothing to undo: it changed no records');

    // Undo, confirmed first: the three operations leave the figures, and the batch says it was undone.
    expect(first[0]).toBe(String(batch));
    await page.getByRole('button', { name: `Undo batch ${batch}` }).click();
    const question = page.getByRole('heading', { name: `Undo batch ${batch}?` });
    await question.waitFor();
    expect(await question.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByText('This removes the 3 records it added to Targeted police operations on ', { exact: false }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-imports-undo-confirm');
    await page.getByRole('button', { name: `Yes, undo batch ${batch}` }).click();
    await page.getByRole('status').filter({ hasText: `Batch ${batch} was undone: 3 records removed.` }).waitFor({ timeout: 120_000 });
    // The question is gone: focus is on what happened, not left on <body>.
    await page.waitForFunction((text) => document.activeElement?.textContent === text, `Batch ${batch} was undone: 3 records removed.`, { timeout: 30_000 });
    expect(await juneOperations(analyst)).toBe(before);
    const undone = (await rowsOf(page, /^Imports, newest first/)).find((cells) => cells[0] === String(batch));
    expect(undone?.[8]).toMatch(/^Undone .+ by analyst:cli:analyst$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-imports-undone');
    expect(await shownInFigures(page)).toEqual(shownBefore);

    // Leaving the page while a file is being sent stops the upload: the browser cancels the request.
    await page.getByLabel('Dataset').selectOption({ label: 'Targeted police operations' });
    await chooseFile(page, 'operations-june.csv', GOOD_FILE);
    let letGo = () => {};
    const holding = new Promise<void>((resolve) => (letGo = resolve));
    await page.route('**/imports/police_operations?*', async (route) => {
      await holding;
      await route.continue().catch(() => undefined); // already cancelled by the page
    }, { times: 1 });
    const cancelled = page.waitForEvent('requestfailed', { predicate: (request) => request.url().includes('/imports/police_operations'), timeout: 60_000 });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('progress').waitFor({ timeout: 30_000 });
    await page.locator('header').getByRole('link', { name: 'Overview' }).click();
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED');
    letGo();
    expect(errors).toEqual([]);
  });
});

describe('the imports page for a funder', () => {
  it('has no Workspace link, says the page is for analysts only, and the upload is refused', async () => {
    const funder = tokenFor('funder');
    const { page, errors } = await openWorkspaceAsNonAnalyst(dashboard, funder, 'funder', ['/workspace/imports']);
    expect(await page.getByLabel('CSV file').count()).toBe(0);

    const response = await fetch(`${dashboard.server.url}/imports/police_operations?dryRun=true`, {
      method: 'POST', headers: { authorization: `Bearer ${funder}`, 'content-type': 'text/csv' }, body: GOOD_FILE,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Only analysts may import files; you are signed in as a funder.', code: 'FORBIDDEN' });
    const { body } = await graphql(dashboard.server.url, funder, '{ importBatches { id } }');
    expect(body.errors?.[0]?.message).toMatch(/Access denied/);
    expect(errors).toEqual([]);
  });
});
