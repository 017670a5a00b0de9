import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import type { Dimension } from '../datasets/dataset-catalogue';
import {
  answeredQuery, datasetArbitrary, disclosureProblems, equations, importGaiaCounts, leavesOf, periodOfLabel, pinnedSmallCells, queryArbitrary, WARDS,
  viewerTokens, type ControlledViewer, type Equation, type PublishedFigures,
} from '../disclosure/disclosure-differencing.test-helper';
import type { FigureArgs } from '../figures/figure-query';
import { startTestApp, type TestApp } from '../server/app.test-helper';
import { SUPPRESSED_LEGEND as CONFIDENTIAL_LEGEND, SUPPRESSED_SYMBOL as CONFIDENTIAL } from '../disclosure/suppressed-value';

/**
 * Disclosure control on the files funders and councillors take away: random Gaia datasets, random
 * requests, and the CSV and XLSX bytes the real /downloads route sends, read back as a spreadsheet
 * would. No small count may appear, and an attacker holding the files of two requests and the
 * quarterly return cannot pin any small cell to one value.
 *
 * numRuns 30: each run imports a dataset and makes five downloads (about 0.4 s on a 2-core
 * machine), so the property runs in about 13–20 s; a primary-only suppression fails it within a
 * few runs. The GraphQL property test covers more queries.
 */
const NUM_RUNS = 30;
const FINANCIAL_YEAR = '2012/13';

interface DownloadRequest extends ControlledViewer {
  query: Partial<FigureArgs>;
}

const councillorArbitrary: fc.Arbitrary<DownloadRequest> = fc.constantFrom<string[]>([WARDS[0]], [WARDS[1]], [WARDS[1], WARDS[2]]).chain((wards) => fc.record({
  role: fc.constant('councillor' as const),
  wards: fc.constant(wards),
  query: fc.record({
    groupBy: fc.constantFrom<Dimension[]>(['WARD'], ['STRAND'], ['WARD', 'STRAND']),
    granularity: fc.constantFrom(null, 'QUARTER' as const, 'MONTH' as const),
    filter: fc.constantFrom(null, { ward: [wards[0]] }, { ward: wards }, { strand: ['trafficking'] }),
  }),
}));
const requestArbitrary: fc.Arbitrary<DownloadRequest> = fc.oneof(
  queryArbitrary.map((query) => ({ role: 'funder' as const, wards: [], query })),
  councillorArbitrary,
);

function downloadAddress(format: 'csv' | 'xlsx', query: Partial<FigureArgs>): string {
  const parameters = new URLSearchParams({ measure: 'gaia.referrals', financialYear: FINANCIAL_YEAR });
  if (query.granularity) parameters.set('granularity', query.granularity);
  if (query.groupBy?.length) parameters.set('groupBy', query.groupBy.join(','));
  for (const [field, codes] of Object.entries(query.filter ?? {})) if (codes) parameters.set(`filter.${field}`, codes.join(','));
  return `/downloads/figures.${format}?${parameters}`;
}

/** A downloaded file as a spreadsheet shows it: every cell as text, the table then the notes. */
type Sheet = string[][];

async function fetchBytes(app: TestApp, token: string, address: string): Promise<Buffer> {
  const response = await fetch(`${app.url}${address}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${address} answered ${response.status}: ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

function readCsv(bytes: Buffer): Sheet {
  return parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as Sheet;
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet: Sheet = [];
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
    // row.values is sparse and 1-based: Array.from fills the holes left by empty cells.
    sheet.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === undefined || v === null ? '' : String(v))));
  });
  return sheet;
}

/** The table part of a sheet: header, data rows and the total row, without the notes. */
function tableOf(sheet: Sheet): { header: string[]; rows: string[][]; total: string; notes: string[] } {
  const header = sheet[0];
  const totalAt = header.length === 1 ? 1 : sheet.findIndex((row) => row[0] === 'Total');
  const notes = sheet.slice(totalAt + 1).map((row) => row.join('')).filter(Boolean);
  return { header, rows: sheet.slice(1, totalAt), total: sheet[totalAt][header.length - 1], notes };
}

/** A downloaded table read back as the figures it publishes. */
function publishedBy(sheet: Sheet): PublishedFigures {
  const { header, rows, total } = tableOf(sheet);
  const hasPeriod = header[0] === 'period';
  const dimensions = header.filter((name) => name.endsWith(' code')).map((name) => name.replace(/ code$/, '').replace(/ /g, '_').toUpperCase());
  const value = (text: string) => (text === CONFIDENTIAL ? null : Number(text));
  return {
    total: value(total),
    suppressed: total === CONFIDENTIAL,
    rows: rows.map((row) => ({
      period: hasPeriod ? periodOfLabel(row[0]) : null,
      key: dimensions.map((dimension, i) => ({ dimension, code: row[(hasPeriod ? 1 : 0) + 2 * i] })),
      value: value(row[row.length - 1]),
      suppressed: row[row.length - 1] === CONFIDENTIAL,
    })),
  };
}

/** Every figure of a downloaded table against the records, and the [c] legend wherever a figure is withheld. */
function problemsWith(counts: readonly number[], query: Partial<FigureArgs>, sheet: Sheet): string[] {
  const published = publishedBy(sheet);
  const problems = disclosureProblems(counts, query, published);
  const withheld = published.suppressed || published.rows.some((r) => r.suppressed);
  if (withheld !== tableOf(sheet).notes.includes(CONFIDENTIAL_LEGEND)) problems.push(`the [c] legend is ${withheld ? 'missing' : 'there with nothing withheld'}`);
  return problems;
}

/** The quarterly return's Gaia line: borough figures by quarter and for the year, as equations. */
function returnEquations(sheet: Sheet): Equation[] {
  const line = sheet.find((row) => row[0] === 'gaia.referrals');
  if (!line) throw new Error('the quarterly return has no gaia.referrals line');
  const periods = [1, 2, 3, 4].map((q) => periodOfLabel(`${FINANCIAL_YEAR} Q${q}`)).concat(periodOfLabel(FINANCIAL_YEAR));
  return periods.map((period, i) => ({ coefs: new Map(leavesOf({}, period, {}).map((l) => [l, 1n])), rhs: BigInt(line[2 + i]) }));
}

let app: TestApp;
beforeAll(async () => (app = await startTestApp({ rateLimitPerMinute: 0 })));
afterAll(() => app.stop());

describe('downloads under disclosure control', () => {
  it('never carry a small count, and two downloads and the quarterly return never pin one', async () => {
    const tokenFor = viewerTokens((role, wards) => app.token(role, wards));
    let withheldCells = 0;
    await fc.assert(fc.asyncProperty(datasetArbitrary, requestArbitrary, requestArbitrary, fc.constantFrom('csv' as const, 'xlsx' as const), async (counts, first, second, returnFormat) => {
      await importGaiaCounts(app.database.dataSource, counts);
      const sheets = await Promise.all([first, second].map(async (request) => {
        const token = await tokenFor(request);
        const query = answeredQuery(request, request.query);
        const csv = readCsv(await fetchBytes(app, token, downloadAddress('csv', request.query)));
        const xlsx = await readXlsx(await fetchBytes(app, token, downloadAddress('xlsx', request.query)));
        // The two formats hold the same cells, so what is proved of one holds for the other.
        expect(tableOf(xlsx)).toEqual(tableOf(csv));
        const problems = problemsWith(counts, query, csv);
        if (problems.length) throw new Error(`${JSON.stringify(request)}: ${problems.join('; ')}`);
        withheldCells += csv.flat().filter((cell) => cell === CONFIDENTIAL).length;
        return { query, sheet: csv };
      }));
      const returnBytes = await fetchBytes(app, await tokenFor(first), `/downloads/quarterly-return.${returnFormat}?financialYear=${encodeURIComponent(FINANCIAL_YEAR)}`);
      const quarterlyReturn = returnFormat === 'csv' ? readCsv(returnBytes) : await readXlsx(returnBytes);
      const known = [...sheets.flatMap(({ query, sheet }) => equations(query, publishedBy(sheet))), ...returnEquations(quarterlyReturn)];
      const pinned = pinnedSmallCells(known, counts);
      if (pinned.length) throw new Error(`${pinned.join('; ')} pinned by the downloads of ${JSON.stringify([first, second])} and the quarterly return`);
    }), { numRuns: NUM_RUNS });
    // The datasets are small enough that the files really do withhold cells.
    expect(withheldCells).toBeGreaterThan(NUM_RUNS);
  });
});
