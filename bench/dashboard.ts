import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium } from '../api/test/support/chromium';
import { FINANCIAL_YEAR } from './queries';
import { percentile, round } from './stats';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dashboard', 'dist');

export interface DashboardResult {
  initialJsFiles: string[];
  initialJsBytes: number;
  initialJsGzipBytes: number;
  firstChartMs: { p50: number; max: number; runs: number };
}

export function buildDashboard(): void {
  execFileSync('npm', ['run', 'build', '-w', '@vawg/dashboard'], { cwd: ROOT, stdio: 'pipe' });
}

/** The JavaScript index.html makes the browser fetch before anything else: its module scripts and module preloads. */
function initialJavaScript(): string[] {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)];
  return [...new Set(scripts.map((m) => m[1]))];
}

/**
 * Cold loads of the home page (a new browser context each time, so nothing cached) until the first
 * chart is drawn, signed in as a member with a pasted token (the bench's records are real imports,
 * so the server hands out no demo token), at the year the queries ask about (the records end in 2014).
 */
export async function measureDashboard(url: string, token: string, runs = 5): Promise<DashboardResult> {
  const files = initialJavaScript();
  const contents = files.map((file) => fs.readFileSync(path.join(DIST, file.replace(/^\//, ''))));
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      await context.addInitScript((value) => sessionStorage.setItem('vawg:access-token', value), token);
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${url}/?year=${encodeURIComponent(FINANCIAL_YEAR)}&quarter=4`);
      await page.locator('.recharts-surface').first().waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    initialJsFiles: files,
    initialJsBytes: contents.reduce((sum, c) => sum + c.length, 0),
    initialJsGzipBytes: contents.reduce((sum, c) => sum + zlib.gzipSync(c).length, 0),
    firstChartMs: { p50: round(percentile(times, 50)), max: Math.max(...times), runs },
  };
}
