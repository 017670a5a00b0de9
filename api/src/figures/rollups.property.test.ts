import fc from 'fast-check';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { ARREST_AGE_BANDS, DATASET_NAMES, DATASETS, GAIA_AGE_BANDS, OFFENCES, OPERATION_TYPES, REFERRAL_SOURCES, SEXES, type Dimension } from '../datasets/dataset-catalogue';
import { UNKNOWN_WARD } from '../measures/dimension-labels';
import { MEASURES } from '../measures/measure-catalogue';
import { loadReferenceCatalogue, type ReferenceCatalogue } from '../reference/reference-catalogue';
import { addDays, addMonths } from '../shared/dates';
import { FILTER_FIELDS, knownCodes, resolveFigureQuery, type FigureArgs } from './figure-query';
import { computeFigures } from './figures.service';
import { countSource, rollupColumns, rollupTable } from './rollups';

let db: TestDatabase;
let reference: ReferenceCatalogue;
beforeAll(async () => {
  db = await createTestDatabase();
  reference = await loadReferenceCatalogue(db.dataSource);
});
afterAll(() => db.drop());

const FIRST_MONTH = '2011-04-01';
const MONTHS = 36;
const FINANCIAL_YEARS = ['2011/12', '2012/13', '2013/14'];
/** Few wards and a narrow date span, so groups collide and updates move records between them. */
const WARDS = ['E05000416', 'E05000420', 'E05000426', 'E05000429'];

const day = fc.integer({ min: 0, max: MONTHS * 30 }).map((n) => addDays(FIRST_MONTH, n));
const gaiaRow = fc.record({
  date: day.filter((d) => d >= '2012-01-01'),
  strand: fc.constantFrom('domestic_violence', 'trafficking', 'fgm', 'stalking'),
  ward_code: fc.constantFrom(...WARDS, ''),
  age_band: fc.constantFrom(...GAIA_AGE_BANDS.slice(0, 3)),
  sex: fc.constantFrom(...SEXES.slice(0, 2)),
  referral_source: fc.constantFrom(...REFERRAL_SOURCES.slice(0, 3)),
});
const arrestRow = fc.record({
  date: day,
  ward_code: fc.constantFrom(...WARDS),
  offence: fc.constantFrom(...OFFENCES),
  sex: fc.constantFrom(...SEXES.slice(0, 2)),
  age_band: fc.constantFrom(...ARREST_AGE_BANDS.slice(0, 3)),
  drug_test_referred: fc.boolean(),
}).map((r) => ({ ...r, drug_test_referred: r.offence === 'soliciting_to_sell' ? String(r.drug_test_referred) : '' }));
const operationRow = fc.record({ date: day, ward_code: fc.constantFrom(...WARDS), operation_type: fc.constantFrom(...OPERATION_TYPES) });

type Row = Record<string, string>;
/** A first file, then a second that changes some of its records (updates) and adds others. */
const imports = <T extends Row>(row: fc.Arbitrary<T>) => fc.record({
  first: fc.array(row, { maxLength: 40 }),
  second: fc.array(fc.tuple(fc.nat(60), row), { maxLength: 25 }),
  deleteEvery: fc.integer({ min: 0, max: 4 }),
});

const asCsv = (rows: [string, Row][]) => {
  const header = Object.keys(rows[0][1]);
  return csv(['ref', ...header].join(','), ...rows.map(([ref, row]) => [ref, ...header.map((c) => row[c])].join(',')));
};

async function load(dataset: 'gaia_referrals' | 'arrests' | 'police_operations', files: { first: Row[]; second: [number, Row][]; deleteEvery: number }) {
  const { table } = DATASETS[dataset];
  await db.dataSource.query(`TRUNCATE ${table}`);
  if (files.first.length) expect((await importCsv(db.dataSource, dataset, asCsv(files.first.map((r, i) => [`R${i}`, r])))).status).toBe('imported');
  const second = new Map(files.second.map(([n, r]) => [`R${n}`, r])); // one row per ref, as the importer requires
  if (second.size) expect((await importCsv(db.dataSource, dataset, asCsv([...second])))).toMatchObject({ status: 'imported' });
  // Deletes go through the same triggers (a correction removing records).
  if (files.deleteEvery) await db.dataSource.query(`DELETE FROM ${table} WHERE get_byte(decode(ref_hash, 'hex'), 0) % ${files.deleteEvery + 1} = 0`);
}

/** A random question the dashboard or a script could ask: a financial year or whole months, any granularity, breakdowns, filters. */
function figureArgs(dataset: 'gaia_referrals' | 'arrests' | 'police_operations') {
  const measures = MEASURES.filter((m) => m.dataset === dataset).map((m) => m.id);
  const dimensions = Object.keys(DATASETS[dataset].dimensions) as Dimension[];
  const period = fc.oneof(
    fc.constantFrom(...FINANCIAL_YEARS).map((financialYear) => ({ financialYear })),
    fc.tuple(fc.nat(MONTHS - 1), fc.nat(MONTHS - 1)).map(([a, b]) => ({
      from: addMonths(FIRST_MONTH, Math.min(a, b)), to: addDays(addMonths(FIRST_MONTH, Math.max(a, b) + 1), -1),
    })),
  );
  return fc.record({
    measure: fc.constantFrom(...measures),
    period,
    granularity: fc.constantFrom(null, 'MONTH', 'QUARTER', 'FINANCIAL_YEAR'),
    groupBy: fc.subarray(dimensions, { maxLength: Math.min(2, dimensions.length) }),
    filterOn: fc.option(fc.constantFrom(...dimensions), { nil: undefined }),
    filterPick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  }).map(({ period, filterOn, filterPick, ...rest }): FigureArgs => {
    const codes = filterOn ? knownCodes(filterOn, reference) : [];
    return {
      ...rest, ...period,
      filter: filterOn ? { [FILTER_FIELDS[filterOn]]: filterPick.map((n) => (filterOn === 'WARD' ? [...WARDS, UNKNOWN_WARD] : codes)[n % (filterOn === 'WARD' ? 5 : codes.length)]) } : undefined,
    };
  });
}

async function rollupEqualsRecords(dataset: (typeof DATASET_NAMES)[number]) {
  const columns = rollupColumns(dataset).join(', ');
  const [{ differences }] = await db.dataSource.query(`
    WITH records AS (SELECT date_trunc('month', date::timestamp)::date AS month, ${columns}, count(*)::int AS n FROM ${DATASETS[dataset].table} GROUP BY 1, ${columns}),
         rollup AS (SELECT month, ${columns}, n FROM ${rollupTable(dataset)})
    SELECT count(*)::int AS differences FROM ((TABLE records EXCEPT ALL TABLE rollup) UNION ALL (TABLE rollup EXCEPT ALL TABLE records)) d`);
  return differences as number;
}

describe('monthly rollups', () => {
  it('have exactly the columns the measures group, filter and count by', async () => {
    for (const dataset of DATASET_NAMES) {
      const rows: { column_name: string }[] = await db.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [rollupTable(dataset)]);
      expect(rows.map((r) => r.column_name).sort()).toEqual(['month', 'n', ...rollupColumns(dataset)].sort());
    }
  });

  it('answer every whole-month question from the rollup, and anything else from the records', () => {
    const measure = MEASURES[0];
    expect(countSource(measure, '2012-04-01', '2013-03-31').fromRollup).toBe(true);
    expect(countSource(measure, '2012-04-01', '2012-04-30').fromRollup).toBe(true);
    expect(countSource(measure, '2012-04-02', '2013-03-31').fromRollup).toBe(false);
    expect(countSource(measure, '2012-04-01', '2013-03-30').fromRollup).toBe(false);
    expect(countSource(measure, '2012-04-01', '2013-03-31', 'records').fromRollup).toBe(false);
  });

  // Each run imports two files through the real importer (~25 ms each): 40 runs per dataset take ~2–3 s.
  for (const [dataset, row] of [['gaia_referrals', gaiaRow], ['arrests', arrestRow], ['police_operations', operationRow]] as const) {
    it(`stay exact through imports, updates and deletes, and give the records' answers (${dataset})`, async () => {
      await fc.assert(fc.asyncProperty(imports(row as fc.Arbitrary<Row>), fc.array(figureArgs(dataset), { minLength: 4, maxLength: 8 }), async (files, questions) => {
        await load(dataset, files);
        expect(await rollupEqualsRecords(dataset)).toBe(0);
        for (const args of questions) {
          const query = resolveFigureQuery(args, reference);
          expect(countSource(query.measure, query.from, query.to).fromRollup).toBe(true);
          const fromRollup = await computeFigures(db.dataSource, query, reference);
          const fromRecords = await computeFigures(db.dataSource, query, reference, 'records');
          expect(fromRollup).toEqual(fromRecords);
        }
      }), { numRuns: 40 });
    });
  }

  it('are emptied with their records', async () => {
    await importCsv(db.dataSource, 'arrests', csv('ref,date,ward_code,offence,sex,age_band,drug_test_referred', 'T1,2012-05-01,E05000420,soliciting_to_buy,male,18_24,'));
    expect(Number((await db.dataSource.query('SELECT count(*) AS n FROM arrest_monthly'))[0].n)).toBeGreaterThan(0);
    await db.dataSource.query('TRUNCATE arrest');
    expect(await db.dataSource.query('SELECT * FROM arrest_monthly')).toEqual([]);
  });

  it('are read by the application role under the same ward wall as the records', async () => {
    await importCsv(db.dataSource, 'arrests', csv('ref,date,ward_code,offence,sex,age_band,drug_test_referred',
      'W1,2012-05-01,E05000420,soliciting_to_buy,male,18_24,', 'W2,2012-05-01,E05000426,soliciting_to_buy,male,18_24,'));
    const seen = await db.requestDataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('vawg.role', 'councillor', true), set_config('vawg.scope', 'wards', true), set_config('vawg.wards', 'E05000426', true)`);
      return manager.query('SELECT ward_code, n FROM arrest_monthly');
    });
    expect(seen).toEqual([{ ward_code: 'E05000426', n: 1 }]);
    const none = await db.requestDataSource.query('SELECT count(*)::int AS n FROM arrest_monthly');
    expect(none).toEqual([{ n: 0 }]);
  });
});

describe('the data version', () => {
  const versionOf = async () => (await db.dataSource.query('SELECT epoch, version::int AS version FROM data_version'))[0] as { epoch: string; version: number };

  it('advances with every import, update, delete and truncate, in the writing transaction', async () => {
    const start = await versionOf();
    await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'V1,2012-05-01,E05000420,kerb_crawling'));
    const afterImport = await versionOf();
    expect(afterImport.version).toBeGreaterThan(start.version);
    await db.dataSource.query(`UPDATE police_operation SET operation_type = 'other'`);
    const afterUpdate = await versionOf();
    expect(afterUpdate.version).toBeGreaterThan(afterImport.version);
    await db.dataSource.query('TRUNCATE police_operation');
    expect((await versionOf()).version).toBeGreaterThan(afterUpdate.version);
    expect((await versionOf()).epoch).toBe(start.epoch);
  });

  it('rises in commit order: a writer waits for the one before it, then moves the version on from what that one committed', async () => {
    await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'V2,2012-06-01,E05000420,kerb_crawling'));
    const first = db.dataSource.createQueryRunner();
    await first.connect();
    await first.startTransaction();
    await first.query(`UPDATE police_operation SET operation_type = 'other'`);
    const [{ version: firstVersion }] = await first.query('SELECT version::int AS version FROM data_version');
    let secondDone = false;
    const second = importCsv(db.dataSource, 'warning_letters', csv('ref,date,ward_code', 'L1,2012-05-01,E05000420')).then((report) => {
      secondDone = true;
      return report;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondDone).toBe(false);
    await first.commitTransaction();
    await first.release();
    expect((await second).status).toBe('imported');
    expect((await versionOf()).version).toBeGreaterThan(firstVersion);
  });
});
