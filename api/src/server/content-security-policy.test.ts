import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../config';
import { launchChromium } from '../../test/support/chromium';
import { startTestApp, type TestApp } from './app.test-helper';

let server: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dashboard', 'dist', 'index.html'))) throw new Error('The dashboard is not built: run `npm test` from the repository root (it builds first).');
  [server, browser] = await Promise.all([startTestApp({ rateLimitPerMinute: 0, demoData: true }, { demoData: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Content-Security-Policy', () => {
  it.each(['/', '/review', '/wards', '/explorer'])('lets the built dashboard run on %s, and nothing it blocks is asked for', async (address) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${server.url}${address}`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.locator('#root *').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});
