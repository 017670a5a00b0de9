import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { DATASETS, type DatasetName } from '../datasets/dataset-catalogue';
import { financialYearStartYear } from '../figures/financial-periods';
import { validateHeader, validateRow, type WardValidity } from '../import/row-validator';
import { londonToday } from '../shared/dates';
import { generateDemoData, toCsv, type DemoDataset } from './demo-generator';
import { Random } from './random';

type Row = Record<string, string>;

const REFERENCE = path.join(__dirname, '..', 'reference', 'data');
const readReference = (file: string): Row[] =>
  parse(fs.readFileSync(path.join(REFERENCE, file)), { columns: true, bom: true, skip_empty_lines: true });
const WARDS = readReference('wards-2002-2022.csv');
const STRANDS = readReference('gaia-strands.csv').map((strand) => strand.code);

/** Column names exactly as shared/contract/import-formats.md lists them. */
const CONTRACT_COLUMNS: Record<DatasetName, string[]> = {
  police_operations: ['ref', 'date', 'ward_code', 'operation_type'],
  warning_letters: ['ref', 'date', 'ward_code', 'operation_ref'],
  arrests: ['ref', 'date', 'ward_code', 'offence', 'sex', 'age_band', 'drug_test_referred', 'drug_test_result', 'person_ref', 'operation_ref'],
  gaia_referrals: ['ref', 'date', 'strand', 'ward_code', 'age_band', 'sex', 'referral_source', 'person_ref'],
  chrysalis_move_ons: ['ref', 'date', 'from_step', 'destination', 'planned', 'length_of_stay_days', 'person_ref'],
};

const demo = generateDemoData();
const rowsOf = (dataset: DatasetName, data: DemoDataset[] = demo): Row[] => data.find((d) => d.dataset === dataset)!.rows;

/** Records whose date falls in financial year `year` (2012 = 2012/13), as a measure counts them. */
function countIn(year: number, dataset: DatasetName, where: (row: Row) => boolean = () => true, data = demo): number {
  return rowsOf(dataset, data).filter((row) => financialYearStartYear(row.date) === year && where(row)).length;
}
const kerbCrawling = (row: Row) => row.operation_type === 'kerb_crawling';
const womenSoliciting = (row: Row) => row.offence === 'soliciting_to_sell' && row.sex === 'female';
const womenReferred = (row: Row) => womenSoliciting(row) && row.drug_test_referred === 'true';
const menBuying = (row: Row) => row.offence === 'soliciting_to_buy' && row.sex === 'male';

function measuresFor(year: number, data = demo) {
  return {
    operations: countIn(year, 'police_operations', kerbCrawling, data),
    warningLetters: countIn(year, 'warning_letters', undefined, data),
    womenSoliciting: countIn(year, 'arrests', womenSoliciting, data),
    womenDrugTestReferred: countIn(year, 'arrests', womenReferred, data),
    menBuying: countIn(year, 'arrests', menBuying, data),
    gaiaReferrals: countIn(year, 'gaia_referrals', undefined, data),
    chrysalisMoveOns: countIn(year, 'chrysalis_move_ons', undefined, data),
  };
}

describe('demo data totals', () => {
  it('reproduces every figure published for 2012/13', () => {
    expect(measuresFor(2012)).toEqual({
      operations: 22, warningLetters: 102, womenSoliciting: 67, womenDrugTestReferred: 67,
      menBuying: 50, gaiaReferrals: 1571, chrysalisMoveOns: 15,
    });
  });

  it('reproduces the 2011/12 figures implied by the stated increases, with a referral rate under 100%', () => {
    const year = measuresFor(2011);
    expect(year).toMatchObject({ operations: 12, womenDrugTestReferred: 37, chrysalisMoveOns: 10 });
    expect(year.womenSoliciting).toBeGreaterThan(37);
  });

  it('shows illustrative growth in 2013/14', () => {
    expect(measuresFor(2013)).toEqual({
      operations: 26, warningLetters: 115, womenSoliciting: 70, womenDrugTestReferred: 66,
      menBuying: 58, gaiaReferrals: 1702, chrysalisMoveOns: 18,
    });
  });

  it('holds the published totals exactly whatever the seed', () => {
    for (const seed of [1, 2, 99, 123456789]) {
      expect(measuresFor(2012, generateDemoData({ seed }))).toEqual(measuresFor(2012));
    }
  });

  it('adds non-kerb-crawling operations that the measure must not count', () => {
    expect(countIn(2012, 'police_operations', (row) => row.operation_type === 'other')).toBeGreaterThanOrEqual(4);
  });

  it('dates no Gaia referral before the centre opened in January 2012', () => {
    const dates = rowsOf('gaia_referrals').map((row) => row.date).sort();
    expect(dates[0] >= '2012-01-01').toBe(true);
    expect(countIn(2011, 'gaia_referrals')).toBeGreaterThan(200);
  });
});

describe('demo data against the import contract', () => {
  it('uses exactly the contract columns, and the catalogue agrees with the contract', () => {
    for (const { dataset, columns, rows } of demo) {
      expect([...columns].sort()).toEqual([...CONTRACT_COLUMNS[dataset]].sort());
      for (const row of rows) expect(Object.keys(row).sort()).toEqual([...CONTRACT_COLUMNS[dataset]].sort());
    }
  });

  it('passes the importer’s own row validation', () => {
    const wards = new Map<string, WardValidity>(
      WARDS.map((ward) => [ward.gss_code, { name: ward.name, validFrom: ward.valid_from, validTo: ward.valid_to || null }]),
    );
    const context = { wards, strands: STRANDS, today: londonToday(), hash: (_: string, value: string) => value };
    for (const { dataset, columns, rows } of demo) {
      expect(validateHeader(DATASETS[dataset], columns)).toEqual([]);
      const issues = rows.flatMap((row, index) => validateRow(DATASETS[dataset], row, index + 2, context).issues);
      expect(issues).toEqual([]);
    }
  });

  it('gives every record a ref unique within its dataset', () => {
    for (const { rows } of demo) expect(new Set(rows.map((row) => row.ref)).size).toBe(rows.length);
  });

  it('uses only ward codes from the reference file, leaving a few Gaia referrals without one', () => {
    const known = new Set(WARDS.map((ward) => ward.gss_code));
    for (const { dataset, rows } of demo) {
      if (!('ward_code' in (rows[0] ?? {}))) continue;
      const empty = rows.filter((row) => row.ward_code === '').length;
      for (const row of rows) if (row.ward_code !== '') expect(known).toContain(row.ward_code);
      if (dataset === 'gaia_referrals') expect(empty).toBeGreaterThan(0);
      else expect(empty).toBe(0);
    }
    expect(new Set(rowsOf('gaia_referrals').map((row) => row.ward_code).filter(Boolean)).size).toBe(21);
  });

  it('keeps dates real, not in the future and not before 2000', () => {
    const today = londonToday();
    for (const { rows } of demo) {
      for (const row of rows) {
        expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(row.date >= '2000-01-01' && row.date <= today).toBe(true);
      }
    }
  });

  it('links letters and arrests only to kerb-crawling operations on the same or an earlier date', () => {
    const operations = new Map(rowsOf('police_operations').map((op) => [op.ref, op]));
    const linked = [...rowsOf('warning_letters'), ...rowsOf('arrests')].filter((row) => row.operation_ref !== '');
    expect(linked.length).toBeGreaterThan(100);
    for (const row of linked) {
      const op = operations.get(row.operation_ref);
      expect(op?.operation_type).toBe('kerb_crawling');
      expect(op!.date <= row.date).toBe(true);
    }
  });

  it('records drug testing only for selling sex, and a result only when referred', () => {
    for (const row of rowsOf('arrests')) {
      if (row.offence === 'soliciting_to_buy') expect(row.drug_test_referred).toBe('');
      else expect(['true', 'false']).toContain(row.drug_test_referred);
      if (row.drug_test_referred !== 'true') expect(row.drug_test_result).toBe('');
    }
  });

  it('fills person_ref for most people, with some repeat arrests and referrals', () => {
    for (const dataset of ['arrests', 'gaia_referrals', 'chrysalis_move_ons'] as const) {
      const refs = rowsOf(dataset).map((row) => row.person_ref).filter(Boolean);
      expect(refs.length / rowsOf(dataset).length).toBeGreaterThan(0.8);
      if (dataset !== 'chrysalis_move_ons') expect(new Set(refs).size).toBeLessThan(refs.length);
    }
  });

  it('leaves some small ward-by-strand cells (1 to 4) for disclosure control', () => {
    const cells = new Map<string, number>();
    for (const row of rowsOf('gaia_referrals').filter((r) => financialYearStartYear(r.date) === 2012)) {
      const key = `${row.ward_code}/${row.strand}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    expect([...cells.values()].filter((count) => count >= 1 && count <= 4).length).toBeGreaterThan(10);
  });
});

describe('toCsv', () => {
  it('writes byte-identical files for the same seed', () => {
    expect(generateDemoData().map(toCsv)).toEqual(demo.map(toCsv));
    expect(generateDemoData({ seed: 7 }).map(toCsv)).not.toEqual(demo.map(toCsv));
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and reads back the same', () => {
    const dataset: DemoDataset = {
      dataset: 'police_operations',
      columns: ['ref', 'date'],
      rows: [{ ref: 'OP, "north"', date: '2012-04-01' }, { ref: 'two\nlines', date: '2012-04-02' }],
    };
    const csv = toCsv(dataset);
    expect(csv).toBe('ref,date\n"OP, ""north""",2012-04-01\n"two\nlines",2012-04-02\n');
    expect(parse(csv, { columns: true })).toEqual(dataset.rows);
  });

  it('round-trips every generated file through the CSV parser', () => {
    for (const dataset of demo) expect(parse(toCsv(dataset), { columns: true })).toEqual(dataset.rows);
  });
});

describe('generator options and allocation', () => {
  it('refuses years whose dates the 2002–2022 ward codes cannot cover', () => {
    expect(() => generateDemoData({ firstFinancialYear: 2001 })).toThrow(/from 2003 to 2021/);
    expect(() => generateDemoData({ firstFinancialYear: 2013, lastFinancialYear: 2012 })).toThrow(RangeError);
  });

  it('generates other year ranges, with no Gaia referrals before the centre opened', () => {
    const data = generateDemoData({ firstFinancialYear: 2009, lastFinancialYear: 2015 });
    expect(countIn(2010, 'gaia_referrals', undefined, data)).toBe(0);
    expect(measuresFor(2012, data)).toEqual(measuresFor(2012));
    expect(countIn(2015, 'police_operations', kerbCrawling, data)).toBeGreaterThan(26);
  });

  it('shares a total out exactly, giving nothing to a bucket that weighs 0', () => {
    const random = new Random(42);
    for (const total of [0, 1, 17, 1571]) {
      const counts = random.allocate(total, [3, 0, 1.5, 0.2]);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
      expect(counts[1]).toBe(0);
    }
  });
});
