import ExcelJS from 'exceljs';
import { runCli } from '../run-cli';
import { graphql, startServer, type StartedServer } from './start-server';

let server: StartedServer;
let member: string;

beforeAll(async () => {
  server = await startServer();
  member = runCli('src/access/token.cli.ts', ['--role', 'member'], server.env).stdout.trim();
});
afterAll(() => server.stop());

const download = (path: string, token: string | null = member) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the quarterly return', () => {
  it('downloads as XLSX for a funder: every headline measure by quarter, the published totals', async () => {
    const funder = runCli('src/access/token.cli.ts', ['--role', 'funder'], server.env).stdout.trim();
    const response = await download('/downloads/quarterly-return.xlsx?financialYear=2012/13', funder);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="quarterly-return-2012-13.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const rows = workbook.worksheets[0].getSheetValues().slice(1) as unknown[][];
    expect(rows[0]).toEqual([undefined, 'measure id', 'measure', '2012/13 Q1', '2012/13 Q2', '2012/13 Q3', '2012/13 Q4', '2012/13 (year)']);
    const year = Object.fromEntries(rows.slice(1, 9).map((r) => [r[1], r[7]]));
    expect(year).toEqual({
      'police.operations': 22, 'police.warning_letters': 102, 'arrests.women_soliciting': 67, 'arrests.women_drug_test_referred': 67,
      'arrests.women_drug_test_referral_rate': 100, 'arrests.men_buying': 50, 'gaia.referrals': 1571, 'chrysalis.move_ons': 15,
    });
    // For counts, the four quarters add up to the year (the rate is not additive).
    for (const row of rows.slice(1, 9).filter((r) => r[1] !== 'arrests.women_drug_test_referral_rate')) {
      expect((row.slice(3, 7) as number[]).reduce((a, b) => a + b, 0)).toBe(row[7]);
    }
  });
});

describe('figures downloads', () => {
  const query = 'measure=gaia.referrals&financialYear=2012/13&granularity=QUARTER&groupBy=STRAND&filter.strand=domestic_violence,trafficking';

  it('gives the same cells as the GraphQL answer, as CSV', async () => {
    const response = await download(`/downloads/figures.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="gaia.referrals-2012-13.csv"');
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    const { body } = await graphql(server.url, member, `{ figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: QUARTER, groupBy: [STRAND], filter: { strand: ["domestic_violence", "trafficking"] }) { total rows { period { label } key { code label } value } } }`);
    const expected = body.data?.figures.rows.map((r: { period: { label: string }; key: { code: string; label: string }[]; value: number }) => `${r.period.label},${r.key[0].code},${r.key[0].label},${r.value}`);
    expect(lines[0]).toBe('period,strand code,strand,Gaia Centre referrals');
    expect(lines.slice(1, 1 + expected.length)).toEqual(expected);
    expect(lines[1 + expected.length]).toBe(`Total,,,${body.data?.figures.total}`);
  });

  it('gives the same cells as XLSX', async () => {
    const response = await download(`/downloads/figures.xlsx?${query}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'period', 'strand code', 'strand', 'Gaia Centre referrals']);
    const csv = (await (await download(`/downloads/figures.csv?${query}`)).text()).replace(/^\uFEFF/, '').split('\r\n');
    const firstData = csv[1].split(',');
    expect(sheet.getRow(2).values).toEqual([undefined, firstData[0], firstData[1], firstData[2], Number(firstData[3])]);
  });

  it('names the wrong argument, with status 400', async () => {
    const response = await download('/downloads/figures.csv?measure=gaia.referrals&financialYear=2012-13');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Argument "financialYear": must be a financial year written like "2012/13" (April to March); got "2012-13"', code: 'BAD_USER_INPUT', argument: 'financialYear' });
  });

  it('refuses a download without a valid token', async () => {
    expect((await download(`/downloads/figures.csv?${query}`, null)).status).toBe(401);
    expect((await download(`/downloads/figures.csv?${query}`, 'forged.token.here')).status).toBe(401);
  });
});
