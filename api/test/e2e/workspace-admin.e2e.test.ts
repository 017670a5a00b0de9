import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { runCli } from '../run-cli';
import { accessibilityViolations, dashboardInChromium, openWorkspaceAsNonAnalyst, screenshot } from './browser';
import { graphql } from './start-server';

// The analysts' workspace pages for API keys, the quarterly return and the audit log, in Debian Chromium
// against the real server (demo data to March 2014): as an analyst end to end, and as a funder, refused.

const dashboard = dashboardInChromium({ serverEnv: { VAWG_TODAY: '2014-04-01' }, pages: { reducedMotion: 'reduce' } });
const KEY_NAME = 'MOPAC returns script (browser test)';

const tokenFor = (role: string) => runCli('src/access/token.cli.ts', ['--role', role], dashboard.server.env).stdout.trim();

async function signedInAnalyst(address: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await dashboard.newPage({ consoleErrors: true });
  await dashboard.signIn(page, tokenFor('analyst'), 'analyst');
  await page.goto(`${dashboard.server.url}${address}`);
  return { page, errors };
}

/** A table's body rows as the cells a person reads. */
async function rowsOf(page: Page, caption: RegExp): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  await table.locator('tbody tr').first().waitFor({ timeout: 120_000 });
  return (await table.locator('tbody tr').allInnerTexts()).map((row) => row.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim()));
}

describe('the analysts’ workspace: API keys, the quarterly return and the audit log', () => {
  it('issues a key shown once, copied from the page, which works at /graphql until it is revoked there', async () => {
    const { page, errors } = await signedInAnalyst('/workspace/api-keys');
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Keys issued' }).waitFor();
    expect(await page.locator('header').getByRole('link', { name: 'Workspace' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A missing label is refused on the page, beside its field.
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'There is a problem' }).innerText()).toContain('Enter who or what the key is for');

    await page.getByLabel('Who or what the key is for').fill(KEY_NAME);
    await page.getByRole('radio', { name: 'Funder' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('heading', { name: `New key for ${KEY_NAME}` }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.app-new-key').innerText()).toContain('Copy the key now: it will not be shown again.');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: dashboard.server.url });
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('The key is copied to the clipboard.').waitFor();
    const key = await page.evaluate(() => navigator.clipboard.readText());
    expect(key).toMatch(/^vik_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByRole('textbox', { name: /^API key \(funder, works until / }).inputValue()).toBe(key);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-api-key-new');

    const used = await graphql(dashboard.server.url, key, '{ measures { id } }');
    expect(used.status).toBe(200);
    expect(used.body.data?.measures.length).toBeGreaterThan(0);

    // Read again: the list says when the key was last used, when it expires, and that it works.
    await page.reload();
    const rows = await rowsOf(page, /^API keys \(\d+\), newest first$/);
    const row = rows.find((cells) => cells[0] === KEY_NAME);
    expect(row?.slice(1, 3)).toEqual(['funder', `vik_${key.slice(4, 12)}_…`]);
    expect(row?.[4]).toMatch(/^\d{1,2} \w+ 20\d\d at \d\d:\d\d Its requests in the audit log$/);
    expect(row?.[5]).toMatch(/^\d{1,2} \w+ 20\d\d at 00:00$/); // the start of the day after its last day, UK time
    expect(row?.[6]).toBe('Live');
    expect(await page.content()).not.toContain(key.slice(13)); // the secret is never shown again

    await page.getByRole('button', { name: `Revoke the key for ${KEY_NAME}` }).click();
    const question = page.getByRole('group', { name: `Remove the key for ${KEY_NAME}?` });
    expect(await question.innerText()).toContain('Every request with it is refused from now on. This cannot be undone.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await question.getByRole('button', { name: 'Yes, revoke it' }).click();
    await page.getByRole('status').filter({ hasText: `The key for ${KEY_NAME} (vik_${key.slice(4, 12)}_…) is revoked` }).waitFor({ timeout: 30_000 });
    const after = (await rowsOf(page, /^API keys/)).find((cells) => cells[0] === KEY_NAME);
    expect(after?.[6]).toMatch(/^Revoked \d{1,2} \w+ 20\d\d at \d\d:\d\d$/);
    await screenshot(page, 'workspace-api-keys-revoked');

    const refused = await graphql(dashboard.server.url, key, '{ measures { id } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].message).toBe('Not signed in: the API key is not valid or has been revoked.');
    expect(errors).toEqual([]);
  });

  it('previews 2013/14’s return and publishes its fourth quarter, which is then marked published', async () => {
    const { page, errors } = await signedInAnalyst('/workspace/return?year=2013/14');
    await page.getByRole('heading', { level: 1, name: 'Quarterly return' }).waitFor({ timeout: 60_000 });
    const rows = await rowsOf(page, /^Quarterly return 2013\/14$/);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((cells) => cells.length === 6)).toBe(true);
    const header = async () => (await page.locator('table', { has: page.locator('caption', { hasText: 'Quarterly return 2013/14' }) }).locator('thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect((await header())[4]).toBe('2013/14 Q4 Not published');
    expect(await page.getByLabel('Financial year', { exact: true }).inputValue()).toBe('2013/14');
    expect(await page.getByText('No quarter of 2013/14 is published yet, so no figure can have been revised.').isVisible()).toBe(true);
    expect(await page.locator('#releases-heading').isVisible()).toBe(true);
    expect(await page.getByText('Funders and councillors do not see live records.').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish 2013/14 Q4' }).click();
    const question = page.getByRole('group', { name: 'Publish 2013/14 Q4?' });
    const told = await question.innerText();
    expect(told).toContain(`the 2013/14 Q4 figure of each of the ${rows.length} measures in the table, as it stands now`);
    expect(told).toContain('A quarter cannot be unpublished.');
    await screenshot(page, 'workspace-return-confirm');
    await question.getByRole('button', { name: 'Yes, publish 2013/14 Q4' }).click();
    await page.getByRole('status').filter({ hasText: '2013/14 Q4 is published: its figures are frozen as they stand now.' }).waitFor({ timeout: 60_000 });
    expect((await header())[4]).toBe('2013/14 Q4 Published');
    const quarter = page.getByRole('list', { name: 'Quarters of 2013/14' }).locator('li', { hasText: '2013/14 Q4' });
    expect(await quarter.innerText()).toMatch(/Published \d{1,2} \w+ 20\d\d at \d\d:\d\d by cli:analyst\./);
    expect(await page.getByText('No published figure of 2013/14 has changed since it was published.').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-return-published');
    expect(errors).toEqual([]);
  });

  it('filters the audit log to those actions, pages it, refuses a bad range beside its field, and downloads what the filters keep', async () => {
    const { page, errors } = await signedInAnalyst('/workspace/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor({ timeout: 60_000 });
    await rowsOf(page, /^Page 1: /);

    await page.getByLabel('Person or key').fill('cli:analyst');
    await page.getByLabel('Role').selectOption('analyst');
    await page.getByLabel('Operation').fill('ApiKey');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/operation=ApiKey/);
    const entries = await rowsOf(page, /^Page 1: \d+ entr(y|ies), newest first$/);
    const operations = entries.map((cells) => cells[3]?.split(' {')[0]);
    expect(operations.slice(0, 2)).toEqual(['mutation RevokeApiKey revokeApiKey', 'mutation CreateApiKey createApiKey']);
    expect(entries.every((cells) => cells[1] === 'cli:analyst' && cells[2] === 'analyst')).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-audit-filtered');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the filtered log (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('audit-log_subject-cli-analyst_role-analyst_operation-ApiKey.csv');
    const csv = fs.readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('id,at,subject,role,operation,outcome,rows_returned,document_hash,arguments');
    expect(csv).toHaveLength(entries.length + 1);
    expect(csv[1]).toMatch(/^\d+,20\d\d-\d\d-\d\dT[\d:.]+Z,cli:analyst,analyst,mutation RevokeApiKey revokeApiKey,ok,0,[0-9a-f]{64},"{""revokeApiKey"":{""id"":""\d+""}}"$/);
    expect(csv[2]).toContain(`mutation CreateApiKey createApiKey,ok,0,`);
    expect(csv[2]).toMatch(new RegExp(`""name"":""${KEY_NAME.replace(/[()]/g, '\\$&')}"",""role"":""funder"",""expiresAt"":""20\\d\\d-\\d\\d-\\d\\dT\\d\\d:00:00.000Z""`));
    await page.getByText(`Downloaded ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}.`).waitFor();

    // The publication, by the same person, under its own operation.
    await page.getByLabel('Operation').fill('publishQuarterlyReturn');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/operation=publishQuarterlyReturn/);
    const published = await rowsOf(page, /^Page 1: 1 entry, newest first$/);
    expect(published[0]?.[3]).toBe('mutation PublishQuarter publishQuarterlyReturn {"publishQuarterlyReturn":{"quarter":4,"financialYear":"2013/14"}}');

    // The funder key's request, under its own subject, found by role.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Role').selectOption('funder');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const funders = await rowsOf(page, /^Page 1: /);
    expect(funders.some((cells) => /^api-key:\d+$/.test(cells[1] ?? '') && cells[3]?.startsWith('query measures'))).toBe(true);

    // Paging: 50 to a page, "Older entries" moves back and "Newer entries" forward again. A funder's requests fill the pages.
    const funder = tokenFor('funder');
    for (let request = 0; request < 60; request += 1) await graphql(dashboard.server.url, funder, '{ measures { id } }');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const first = await rowsOf(page, /^Page 1: 50 entries, newest first$/);
    await page.getByRole('button', { name: 'Older entries' }).click();
    const second = await rowsOf(page, /^Page 2: /);
    expect(Number(second[0]?.[0].match(/entry (\d+)/)?.[1])).toBeLessThan(Number(first[49]?.[0].match(/entry (\d+)/)?.[1]));
    await page.getByRole('button', { name: 'Newer entries' }).click();
    expect((await rowsOf(page, /^Page 1: /))[0]).toEqual(first[0]);

    // A range that ends before it begins: the server's refusal, beside the field it names.
    await page.getByLabel('From day').fill('2014-05-01');
    await page.getByLabel('To day').fill('2014-04-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.innerText()).toContain('Must not be before from (2014-05-01); got "2014-04-01"');
    expect(await page.getByText('Correct the filters above to see the entries.').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-audit-refused');
    expect(errors).toEqual([]);
  });
});

describe('the workspace for a funder', () => {
  it('has no Workspace link, says each page is for analysts only, and the server refuses its operations', async () => {
    const funder = tokenFor('funder');
    const { page, errors } = await openWorkspaceAsNonAnalyst(dashboard, funder, 'funder', ['/workspace/api-keys', '/workspace/return', '/workspace/audit']);
    await screenshot(page, 'workspace-funder-refused');

    const key = (await graphql(dashboard.server.url, tokenFor('analyst'), 'mutation { createApiKey(name: "funder key") { key } }')).body.data?.createApiKey.key;
    for (const credential of [funder, key]) {
      for (const operation of [
        'mutation { createApiKey(name: "mine") { key } }',
        'mutation { revokeApiKey(id: "1") { id } }',
        'mutation { publishQuarterlyReturn(financialYear: "2013/14", quarter: 3) { financialYear } }',
        'mutation { publishDisclosureRelease(throughMonth: "2014-03") { id } }',
        '{ auditLog { id } }',
        '{ apiKeys { id } }',
        '{ importBatches { id } }',
      ]) {
        const { body } = await graphql(dashboard.server.url, credential, operation);
        expect({ operation, data: body.data ?? null, message: body.errors?.[0]?.message }).toEqual({ operation, data: null, message: expect.stringMatching(/Access denied/) });
      }
    }
    expect(errors).toEqual([]);
  });
});
