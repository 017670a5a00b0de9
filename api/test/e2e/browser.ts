import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/config';
import { launchChromium } from '../support/chromium';
import { startServer, type StartedServer } from './start-server';

const AXE_SOURCE = fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 AA rules over the page (less `exclude`), each violation written out so a failure says what and where.
 * The server's Content-Security-Policy refuses inline scripts, so axe is evaluated through the browser's debugging protocol
 * rather than added as a script tag; the page itself keeps its policy.
 */
export async function accessibilityViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const context = exclude.length ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    },
    { tags: WCAG_22_AA, exclude },
  );
}

export interface PageOptions {
  /** 1280 × 1000 unless given. */
  viewport?: { width: number; height: number };
  /** 'reduce': charts draw at once (no animation), so screenshots and the printed pack show them whole. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Count console errors too: a refusal by the Content-Security-Policy shows up only there. */
  consoleErrors?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors (and console errors, when asked for), so a test can insist there were none. */
  errors: string[];
  /** Every address the page asked for, to prove nothing left this machine. */
  requests: string[];
}

export interface DashboardSession {
  /** The server, once the file's tests have started. */
  readonly server: StartedServer;
  newPage(options?: PageOptions): Promise<OpenedPage>;
  /** A new page at `address` on the server. */
  open(address: string, options?: PageOptions): Promise<OpenedPage>;
  /** Signs in on the sign-in page by pasting the token, as a person would; `as` is how the page names them. */
  signIn(page: Page, token: string, as: string): Promise<void>;
}

/**
 * The dashboard as `npm start` serves it (startServer with `serverEnv`) and Debian's Chromium, for
 * one test file: both started before its tests, its pages closed after each test, both stopped
 * after the last. Call it at the top of the file; `pages` are the file's default page options.
 */
export function dashboardInChromium({ serverEnv = {}, pages = {} }: { serverEnv?: NodeJS.ProcessEnv; pages?: PageOptions } = {}): DashboardSession {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  const opened: Page[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(REPO_ROOT, 'dashboard', 'dist', 'index.html'))) {
      throw new Error('The dashboard is not built: run `npm test` from the repository root (it builds first) or `npm run build`.');
    }
    [server, browser] = await Promise.all([startServer(serverEnv), launchChromium()]);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const session: DashboardSession = {
    get server() {
      if (!server) throw new Error('the server is not running: use it inside a test or a hook');
      return server;
    },
    async newPage(options = {}) {
      const { viewport = { width: 1280, height: 1000 }, reducedMotion, consoleErrors = false } = { ...pages, ...options };
      if (!browser) throw new Error('Chromium is not running: use it inside a test or a hook');
      const page = await browser.newPage({ viewport, ...(reducedMotion ? { reducedMotion } : {}) });
      opened.push(page);
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      if (consoleErrors) {
        page.on('console', (message) => {
          if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
        });
      }
      page.on('request', (request) => requests.push(request.url()));
      return { page, errors, requests };
    },
    async open(address, options) {
      const page = await session.newPage(options);
      await page.page.goto(`${session.server.url}${address}`);
      return page;
    },
    async signIn(page, token, as) {
      // Generous: a page may be asked for while the server works out a disclosure release, which holds it up.
      await page.goto(`${session.server.url}/sign-in`, { timeout: 120_000 });
      await (await tokenField(page)).fill(token);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: `You are signed in as ${as}` }).waitFor({ timeout: 30_000 });
    },
  };
  return session;
}

/**
 * Signs a non-analyst in as a person would and visits workspace pages: the header offers no
 * Workspace link, and each page says only that it is for analysts, with no accessibility fault.
 * Returns the page, left on the last address.
 */
export async function openWorkspaceAsNonAnalyst(dashboard: DashboardSession, token: string, as: string, addresses: readonly string[]): Promise<OpenedPage> {
  const opened = await dashboard.newPage();
  const { page } = opened;
  await dashboard.signIn(page, token, as);
  const header = page.locator('header');
  await header.getByRole('link', { name: 'Overview' }).waitFor();
  expect(await header.getByRole('link', { name: 'Workspace' }).count()).toBe(0);
  for (const address of addresses) {
    await page.goto(`${dashboard.server.url}${address}`);
    await page.getByRole('heading', { level: 1, name: 'For analysts only' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['For analysts only']);
    expect(await accessibilityViolations(page)).toEqual([]);
  }
  return opened;
}

/** The sign-in page's access-token field, opening "Developer options" first where the page keeps it there. */
export async function tokenField(page: Page): Promise<Locator> {
  const field = page.getByRole('textbox', { name: 'Access token' });
  const options = page.getByText('Developer options', { exact: true });
  await Promise.race([field.waitFor({ timeout: 60_000 }), options.waitFor({ timeout: 60_000 })]);
  if (!(await field.isVisible())) await options.click();
  return field;
}

/** A full-page screenshot in the temporary directory, to look at after a run: returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(os.tmpdir(), `vawg-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
