import { dashboardInChromium, screenshot } from './browser';

const dashboard = dashboardInChromium();

// The overview opens on the last complete quarter (periods-and-wards.e2e.test.ts); these open 2012/13 Q4 by address.
describe('the dashboard home page in Chromium', () => {
  it('shows the 2012/13 headline figures, 1,571 Gaia referrals among them, and says the data is synthetic', async () => {
    const { page, errors } = await dashboard.open('/?year=2012/13&quarter=4');
    await page.getByText('1,571').first().waitFor({ timeout: 30_000 });
    await page.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/synthetic demo data/i);
    for (const figure of ['22', '102', '67', '50', '15', '100%']) expect(text).toContain(figure);
    await screenshot(page, 'home');
    expect(errors).toEqual([]);
  });

  it('draws the quarterly chart with its data table beside it', async () => {
    const { page } = await dashboard.open('/?year=2013/14&quarter=4', { viewport: { width: 1280, height: 720 } });
    const table = page.getByRole('table', { name: 'Gaia Centre referrals by quarter, April 2011 to March 2014', exact: true });
    await table.waitFor({ timeout: 60_000 });
    // Its rows come year by year: read them once the last quarter's is in.
    await table.locator('tbody tr th', { hasText: '2013/14 Q4' }).waitFor({ timeout: 120_000 });
    const rows = await table.locator('tbody tr').allInnerTexts();
    // Gaia referrals by quarter across 2011/12 to 2013/14: the 2012/13 quarters add up to 1,571.
    const q2012 = rows.filter((r) => r.startsWith('2012/13')).map((r) => Number(r.split('\t').pop()?.replace(/,/g, '')));
    expect(q2012).toHaveLength(4);
    expect(q2012.reduce((a, b) => a + b, 0)).toBe(1571);
    // The chart library loads after the figures (it is kept out of the first download).
    await page.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    // A bar for every quarter with referrals; none for the three before the Gaia Centre opened, which say so.
    const nonZeroQuarters = rows.filter((r) => Number(r.split('\t').pop()?.replace(/,/g, '')) > 0).length;
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.endsWith('not collected'))).toHaveLength(3);
    expect(await page.locator('.recharts-surface .recharts-bar-rectangle').count()).toBe(nonZeroQuarters);
  });

  it('reflows on a 320 px wide screen: the navigation wraps and nothing scrolls sideways (WCAG 1.4.10)', async () => {
    const { page } = await dashboard.open('/?year=2012/13&quarter=4', { viewport: { width: 320, height: 800 } });
    await page.getByText('1,571').first().waitFor({ timeout: 30_000 });
    const links = page.locator('.app-header__navigation-list a');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    const boxes = await links.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(320);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBeGreaterThan(1);
    const header = await page.locator('.app-header').evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
  });
});
