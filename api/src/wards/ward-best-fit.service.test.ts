import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv } from '../../test/import-helpers';
import { loadWardBestFit } from './ward-best-fit.service';
import { formatWardBestFitReport } from './ward-load-report';

let db: TestDatabase;
let wd02: string[];
let wd22: string[];
beforeAll(async () => {
  db = await createTestDatabase();
  const codes = async (vintage: string) => (await db.dataSource.query('SELECT gss_code FROM ward WHERE vintage = $1 ORDER BY gss_code', [vintage])).map((r: { gss_code: string }) => r.gss_code);
  wd02 = await codes('WD02');
  wd22 = await codes('WD22');
});
afterAll(() => db.drop());

const load = (text: string, dryRun = false) => loadWardBestFit(db.dataSource, { open: () => Readable.from([Buffer.from(text, 'utf8')]), dryRun });
const stored = () => db.dataSource.query('SELECT from_ward_code, to_ward_code, share::text FROM ward_best_fit ORDER BY 1, 2');
const HEADER = 'from_ward_code,to_ward_code,share';
/** Made-up shares for the test: each 2002 ward split 0.6 / 0.4 between two 2022 wards (the first 21 and the next). */
const validRows = () => wd02.flatMap((code, i) => [`${code},${wd22[i]},0.6`, `${code},${wd22[i + 1]},0.4`]);

describe('loading a best-fit lookup, old wards to new', () => {
  it('loads one that covers the whole earlier set, and loading it again changes nothing', async () => {
    const first = await load(csv(HEADER, ...validRows()));
    expect(formatWardBestFitReport(first, 'best-fit.csv').split('\n')[0]).toBe('Loaded best-fit.csv into ward_best_fit: 42 share(s) from 21 WD02 ward(s) into 22 WD22 ward(s), replacing 0 loaded before.');
    const before = await stored();
    expect(before).toHaveLength(42);
    const again = await load(csv(HEADER, ...validRows()));
    expect(again.replaced).toBe(42);
    expect(await stored()).toEqual(before);
  });

  it('a dry run stores nothing', async () => {
    const before = await stored();
    const report = await load(csv(HEADER, ...wd02.map((code) => `${code},${wd22[0]},1`)), true);
    expect(report.status).toBe('checked');
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['an unknown column and a missing one', csv('from_ward_code,to_ward_code,weight', `${'E05000416'},E05014095,1`), [
      'line 1, column weight, value "weight": column "weight" is not part of the ward_best_fit format; remove it (columns: from_ward_code, to_ward_code, share)',
      'line 1, column share: required column "share" is missing from the header',
    ]],
    ['shares outside (0, 1], codes that are no ward, a pair given twice and new to old', () => csv(HEADER,
      ...validRows().slice(6),
      `${wd02[0]},${wd22[0]},0`, `${wd02[0]},${wd22[1]},1.5`, `${wd02[1]},${wd22[1]},a half`,
      `${wd02[2]},E05999999,1`, `E05014085,${wd22[3]},1`,
      `${wd02[2]},${wd22[5]},0.5`, `${wd02[2]},${wd22[5]},0.5`,
      `${wd22[0]},${wd02[0]},1`,
    ), [
      'line 38, column share, value "0": must be a number greater than 0 and at most 1, e.g. 0.25',
      'line 39, column share, value "1.5": must be a number greater than 0 and at most 1, e.g. 0.25',
      'line 40, column share, value "a half": must be a number greater than 0 and at most 1, e.g. 0.25',
      'line 41, column to_ward_code, value "E05999999": is not a known ward code (load its vintage of wards first)',
      'line 42, column from_ward_code, value "E05014085": is not a known ward code (load its vintage of wards first)',
      'line 44, column to_ward_code, value "E05014100": repeats the pair on line 43; give each old ward\'s share of a new ward once',
      "line 45, column to_ward_code, value \"E05000416\": a best fit runs from a ward of an earlier set to one that starts after it closed: E05014095 (Brixton Acre Lane, WD22, 2022-05-05 to now) to E05000416 (Bishop's, WD02, 2002-05-02 to 2022-05-04)",
    ]],
    ["shares that do not add up to 1, and an old ward left out", () => csv(HEADER, ...validRows().slice(2, -1)), [
      'line 1, column from_ward_code, value "E05000416": E05000416 (Bishop\'s, WD02, 2002-05-02 to 2022-05-04) has no row: a best-fit lookup gives every ward of the earlier set (WD02)',
      'line 40, column share, value "0.6": the shares of E05000436 (lines 40) add up to 0.6; one old ward\'s shares add up to 1 (within 0.001)',
    ]],
  ])('refuses %s, line by line, storing nothing', async (_name, text, problems) => {
    const before = await stored();
    const report = await load(typeof text === 'function' ? text() : text);
    expect(report.status).toBe('refused');
    const printed = formatWardBestFitReport(report, 'bf.csv').split('\n');
    expect(printed[0]).toBe(`Refused bf.csv for ward_best_fit: nothing from it was stored. ${problems.length} problem(s) found:`);
    expect(printed.slice(1, -1)).toEqual(problems.map((p) => `  ${p}`));
    expect(await stored()).toEqual(before);
  });

  it('accepts shares that add up to 1 within 0.001, as published lookups round them', async () => {
    const thirds = wd02.flatMap((code, i) => [`${code},${wd22[i]},0.333`, `${code},${wd22[i + 1]},0.333`, `${code},${wd22[i + 2]},0.3335`]);
    expect((await load(csv(HEADER, ...thirds))).status).toBe('loaded');
    expect((await load(csv(HEADER, ...thirds.map((row) => row.replace(/0\.3335$/, '0.332'))))).status).toBe('refused');
  });
});
