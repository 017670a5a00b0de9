import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { DATASETS, EXPLOITATION_TYPES, type DatasetName } from '../datasets/dataset-catalogue';
import { financialYearStartYear } from '../shared/financial-periods';
import { validateHeader, validateRow, type WardValidity } from '../import/row-validator';
import { addDays, addMonths, londonToday } from '../shared/dates';
import { xmrChart } from '../spc/xmr-chart';
import { demoDataThrough, generateDemoData, toCsv, type DemoDataset } from './demo-generator';
import { EXPLOITATION_RECORDED_FROM } from './demo-trafficking';
import type { DemoWard } from './demo-wards';
import { Random } from './random';

type Row = Record<string, string>;

const REFERENCE = path.join(__dirname, '..', 'reference', 'data');
const readReference = (file: string): Row[] =>
  parse(fs.readFileSync(path.join(REFERENCE, file)), { columns: true, bom: true, skip_empty_lines: true });
const STRANDS = readReference('gaia-strands.csv').map((strand) => strand.code);
/** The two shipped sets, as the `ward` table holds them once loaded: 2002's to 4 May 2022, ONS's WD22 from 5 May 2022. */
const WARDS_2002: DemoWard[] = readReference('wards-2002-2022.csv')
  .map((ward) => ({ code: ward.gss_code, name: ward.name, validFrom: ward.valid_from, validTo: ward.valid_to }));
const WARDS_2022: DemoWard[] = readReference('ward-lookups/WD22_LAD22_Lambeth.csv')
  .map((ward) => ({ code: ward.WD22CD, name: ward.WD22NM, validFrom: '2022-05-05', validTo: null }));
const WARDS = [...WARDS_2002, ...WARDS_2022];

/** Column names exactly as shared/contract/import-formats.md lists them. */
const CONTRACT_COLUMNS: Record<DatasetName, string[]> = {
  police_operations: ['ref', 'date', 'ward_code', 'operation_type'],
  warning_letters: ['ref', 'date', 'ward_code', 'operation_ref'],
  arrests: ['ref', 'date', 'ward_code', 'offence', 'sex', 'age_band', 'drug_test_referred', 'drug_test_result', 'person_ref', 'operation_ref'],
  gaia_referrals: ['ref', 'date', 'strand', 'ward_code', 'age_band', 'sex', 'referral_source', 'exploitation_type', 'person_ref'],
  chrysalis_move_ons: ['ref', 'date', 'from_step', 'destination', 'planned', 'length_of_stay_days', 'person_ref'],
};

/** The demo as `npm start` makes it today: every test below that does not name a day runs on it. */
const TODAY = londonToday();
const demo = generateDemoData({ wards: WARDS, today: TODAY });
/** Only the briefing's years (2011/12 to 2013/14), for tests about them alone: a sixth of the records, so quicker. */
const BRIEFING_ONLY = '2014-04-01';
const rowsOf = (dataset: DatasetName, data: DemoDataset[] = demo): Row[] => data.find((d) => d.dataset === dataset)!.rows;

/** Records whose date falls in financial year `year` (2012 = 2012/13), as a measure counts them. */
function countIn(year: number, dataset: DatasetName, where: (row: Row) => boolean = () => true, data = demo): number {
  return rowsOf(dataset, data).filter((row) => financialYearStartYear(row.date) === year && where(row)).length;
}
const kerbCrawling = (row: Row) => row.operation_type === 'kerb_crawling';
const womenSoliciting = (row: Row) => row.offence === 'soliciting_to_sell' && row.sex === 'female';
const womenReferred = (row: Row) => womenSoliciting(row) && row.drug_test_referred === 'true';
const menBuying = (row: Row) => row.offence === 'soliciting_to_buy' && row.sex === 'male';
const forcedBegging = (row: Row) => row.exploitation_type === 'forced_begging';

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

/** The last month of the last complete quarter before `day`, worked out month by month rather than by the code under test. */
function lastMonthOfLastCompleteQuarter(day: string): string {
  let [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  do {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  } while (month % 3 !== 0); // quarters end in March, June, September and December
  return `${year}-${String(month).padStart(2, '0')}`;
}
const lastMonthOf = (data: DemoDataset[]) => data.flatMap((d) => d.rows.map((row) => row.date.slice(0, 7))).sort().at(-1);

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
      expect(measuresFor(2012, generateDemoData({ wards: WARDS, seed, today: BRIEFING_ONLY }))).toEqual(measuresFor(2012));
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

  it('continues every year since with gently varying counts, none the same from year to year', () => {
    const lastWholeYear = financialYearStartYear(demoDataThrough(TODAY)) - 1;
    expect(lastWholeYear).toBeGreaterThanOrEqual(2025);
    for (let year = 2014; year <= lastWholeYear; year++) {
      // The pandemic's first year (2020/21) halved police activity at most; the year after is compared with the year before it.
      const [before, now] = [measuresFor(year === 2021 ? 2019 : year - 1), measuresFor(year)];
      const mostChange = year === 2020 ? 0.5 : 0.2;
      for (const key of ['operations', 'warningLetters', 'womenSoliciting', 'menBuying', 'gaiaReferrals'] as const) {
        expect(Math.abs(now[key] / before[key] - 1)).toBeLessThan(mostChange);
      }
      expect(now.womenDrugTestReferred).toBeLessThanOrEqual(now.womenSoliciting);
      expect(now.gaiaReferrals).not.toBe(before.gaiaReferrals);
    }
  });
});

describe('a demo that reaches today', () => {
  it('ends with the last month of the last complete quarter before the day it is made', () => {
    expect(lastMonthOf(demo)).toBe(lastMonthOfLastCompleteQuarter(TODAY));
    // The busiest dataset has records in each of that quarter's months.
    const months = new Set(rowsOf('gaia_referrals').map((row) => row.date.slice(0, 7)));
    const through = demoDataThrough(TODAY);
    for (const back of [0, 1, 2]) expect(months).toContain(addMonths(`${through.slice(0, 7)}-01`, -back).slice(0, 7));
  });

  it.each([
    ['2026-12-05', '2026-09'], ['2026-10-01', '2026-09'], ['2026-09-30', '2026-06'], ['2027-04-01', '2027-03'], ['2014-04-01', '2014-03'],
  ])('made on %s, ends in %s', (today, month) => {
    expect(demoDataThrough(today).slice(0, 7)).toBe(month);
    expect(lastMonthOfLastCompleteQuarter(today)).toBe(month);
  });

  it('stops a year not finished at its last complete quarter', () => {
    const data = generateDemoData({ wards: WARDS, today: '2026-12-05' });
    expect(lastMonthOf(data)).toBe('2026-09');
    const halfYear = measuresFor(2026, data).gaiaReferrals;
    expect(halfYear / measuresFor(2025, data).gaiaReferrals).toBeGreaterThan(0.4);
    expect(halfYear / measuresFor(2025, data).gaiaReferrals).toBeLessThan(0.65);
  });

  it('refuses a day before the briefing year has ended, naming it', () => {
    expect(() => generateDemoData({ wards: WARDS, today: '2013-03-31' })).toThrow(
      'today must be after 2013-03-31, so that the demo holds the briefing\'s year 2012/13 whole; got 2013-03-31',
    );
  });

  it('writes byte-identical files for the same seed and day, and different ones for another seed', () => {
    expect(generateDemoData({ wards: WARDS, today: TODAY }).map(toCsv)).toEqual(demo.map(toCsv));
    expect(generateDemoData({ wards: WARDS, seed: 7, today: BRIEFING_ONLY }).map(toCsv))
      .not.toEqual(generateDemoData({ wards: WARDS, today: BRIEFING_ONLY }).map(toCsv));
  });

  it('keeps the briefing years as they were, record for record, whatever the day it is made', () => {
    const briefing = generateDemoData({ wards: WARDS, today: BRIEFING_ONLY });
    for (const { dataset, rows } of briefing) {
      expect(rowsOf(dataset).filter((row) => row.date <= '2014-03-31')).toEqual(rows);
    }
  });
});

describe('wards across the 2022 boundary change', () => {
  const carrying = demo.flatMap(({ rows }) => rows.filter((row) => row.ward_code));
  const codes2002 = new Set(WARDS_2002.map((ward) => ward.code));
  const codes2022 = new Set(WARDS_2022.map((ward) => ward.code));

  it('uses the 2002 wards up to 4 May 2022 and the 2022 wards from 5 May 2022', () => {
    const before = carrying.filter((row) => row.date <= '2022-05-04');
    const after = carrying.filter((row) => row.date >= '2022-05-05');
    expect(before.length).toBeGreaterThan(10_000);
    expect(after.length).toBeGreaterThan(5_000);
    expect(before.filter((row) => !codes2002.has(row.ward_code))).toEqual([]);
    expect(after.filter((row) => !codes2022.has(row.ward_code))).toEqual([]);
  });

  it('gives every ward of each set Gaia referrals', () => {
    const used = (from: string, to: string) =>
      new Set(rowsOf('gaia_referrals').filter((row) => row.date >= from && row.date <= to && row.ward_code).map((row) => row.ward_code));
    expect(used('2012-04-01', '2022-05-04')).toEqual(codes2002);
    expect(used('2022-05-05', TODAY)).toEqual(codes2022);
  });

  it('puts kerb-crawling operations in the hot-spot places under either set of names', () => {
    const nameOf = new Map(WARDS.map((ward) => [ward.code, ward.name]));
    const places = /^(Brixton|Coldharbour|Stockwell|Streatham Hill|Vassall|Tulse Hill)\b/;
    const operations = rowsOf('police_operations').filter(kerbCrawling);
    expect(operations.filter((op) => !places.test(nameOf.get(op.ward_code) ?? ''))).toEqual([]);
    expect(new Set(operations.filter((op) => op.date >= '2022-05-05').map((op) => nameOf.get(op.ward_code)!.split(' ')[0]))).toEqual(
      new Set(['Brixton', 'Stockwell', 'Streatham']),
    );
  });

  it('takes any vintage it is given: a made-up one from 2026 replaces the 2022 wards on its first day', () => {
    const closed2022 = WARDS_2022.map((ward) => ({ ...ward, validTo: '2026-05-06' }));
    const madeUp: DemoWard[] = ['E05999901', 'E05999902', 'E05999903'].map((code, index) => ({ code, name: `Test Ward ${index + 1}`, validFrom: '2026-05-07', validTo: null }));
    const data = generateDemoData({ wards: [...WARDS_2002, ...closed2022, ...madeUp], today: '2026-12-05' });
    const rows = data.flatMap((d) => d.rows).filter((row) => row.ward_code);
    expect(new Set(rows.filter((row) => row.date >= '2026-05-07').map((row) => row.ward_code))).toEqual(new Set(madeUp.map((ward) => ward.code)));
    const codes2022 = new Set(WARDS_2022.map((ward) => ward.code));
    expect(rows.filter((row) => row.date >= '2022-05-05' && row.date <= '2026-05-06').every((row) => codes2022.has(row.ward_code))).toBe(true);
    // No ward of the made-up set names a hot spot: kerb crawling spreads over all of it.
    expect(new Set(rowsOf('police_operations', data).filter((op) => op.date >= '2026-05-07').map((op) => op.ward_code)).size).toBeGreaterThan(1);
  });

  it('needs no wards after its last day, though the rest of that year is made before it is cut', () => {
    const endingSoon = WARDS_2022.map((ward) => ({ ...ward, validTo: '2026-10-31' }));
    expect(lastMonthOf(generateDemoData({ wards: [...WARDS_2002, ...endingSoon], today: '2026-12-05' }))).toBe('2026-09');
  });

  it('refuses to make records for a day no ward is valid on, naming the day', () => {
    const ended = WARDS_2002.map((ward) => ({ ...ward, validTo: '2020-03-31' }));
    expect(() => generateDemoData({ wards: ended, today: '2026-12-05' })).toThrow(
      'no ward is valid on 2020-04-01: the demo needs the ward set of every day it generates (load the vintage that covers it)',
    );
  });
});

describe('forced begging, the emerging issue', () => {
  const trafficking = rowsOf('gaia_referrals').filter((row) => row.strand === 'trafficking');
  const monthlyForcedBegging = () => {
    const months = [...new Set(rowsOf('gaia_referrals').filter((row) => row.date >= EXPLOITATION_RECORDED_FROM).map((row) => row.date.slice(0, 7)))].sort();
    return months.map((period) => ({ period, value: trafficking.filter((row) => forcedBegging(row) && row.date.startsWith(period)).length }));
  };

  it('records an exploitation type only for trafficking, and only from the Modern Slavery Act 2015', () => {
    const recorded = (row: Row) => row.strand === 'trafficking' && row.date >= EXPLOITATION_RECORDED_FROM;
    expect(rowsOf('gaia_referrals').filter((row) =>
      recorded(row) ? !(EXPLOITATION_TYPES as readonly string[]).includes(row.exploitation_type) : row.exploitation_type !== '')).toEqual([]);
    expect(new Set(trafficking.map((row) => row.exploitation_type))).toEqual(new Set(['', ...EXPLOITATION_TYPES]));
  });

  it('rises over the last six quarters to several times what came before', () => {
    // Quarters numbered from year 0: calendar quarters are the financial ones (January to March is Q4).
    const quarterOf = (date: string) => Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1) / 3);
    const last = quarterOf(demoDataThrough(TODAY));
    const inQuarters = (from: number, to: number) => trafficking.filter((row) => forcedBegging(row) && quarterOf(row.date) >= from && quarterOf(row.date) <= to).length;
    const [recent, before] = [inQuarters(last - 2, last), inQuarters(last - 5, last - 3)];
    const perQuarterBefore = inQuarters(0, last - 6) / (last - 5 - quarterOf(EXPLOITATION_RECORDED_FROM));
    expect(recent).toBeGreaterThan(before);
    expect(before / 3).toBeGreaterThan(2 * perQuarterBefore);
    expect(inQuarters(last, last)).toBeGreaterThanOrEqual(8);
    expect(inQuarters(last, last)).toBeGreaterThan(5 * perQuarterBefore);
  });

  it('gives the SPC rules a true special cause, high, in the latest three months', () => {
    const chart = xmrChart(monthlyForcedBegging(), { polarity: 'NO_TARGET' });
    for (const point of chart.points.slice(-3)) expect(point.specialCauses.map((cause) => cause.direction)).toContain('high');
  });
});

describe('demo data against the import contract', () => {
  it('uses exactly the contract columns, and the catalogue agrees with the contract', () => {
    for (const { dataset, columns, rows } of demo) {
      const expected = [...CONTRACT_COLUMNS[dataset]].sort().join();
      expect([...columns].sort().join()).toBe(expected);
      expect(rows.filter((row) => Object.keys(row).sort().join() !== expected)).toEqual([]);
    }
  });

  it('passes the importer’s own row validation, wards checked on each record’s date', () => {
    const wards = new Map<string, WardValidity>(WARDS.map((ward) => [ward.code, { name: ward.name, validFrom: ward.validFrom, validTo: ward.validTo }]));
    const context = { wards, strands: STRANDS, today: TODAY, hash: (_: string, value: string) => value };
    for (const { dataset, columns, rows } of demo) {
      expect(validateHeader(DATASETS[dataset], columns)).toEqual([]);
      const issues = rows.flatMap((row, index) => validateRow(DATASETS[dataset], row, index + 2, context).issues);
      expect(issues).toEqual([]);
    }
  });

  it('gives every record a ref unique within its dataset', () => {
    for (const { rows } of demo) expect(new Set(rows.map((row) => row.ref)).size).toBe(rows.length);
  });

  it('leaves a few Gaia referrals without a ward, and every other record with one', () => {
    for (const { dataset, rows } of demo) {
      if (!('ward_code' in (rows[0] ?? {}))) continue;
      const empty = rows.filter((row) => row.ward_code === '').length;
      if (dataset === 'gaia_referrals') expect(empty).toBeGreaterThan(0);
      else expect(empty).toBe(0);
    }
  });

  it('keeps dates real, not in the future and not before 2000', () => {
    const wrong = demo.flatMap(({ rows }) => rows.filter((row) => !/^\d{4}-\d{2}-\d{2}$/.test(row.date) || row.date < '2000-01-01' || row.date >= TODAY));
    expect(wrong).toEqual([]);
  });

  it('links letters and arrests only to kerb-crawling operations on the same or an earlier date, in the same ward', () => {
    const operations = new Map(rowsOf('police_operations').map((op) => [op.ref, op]));
    const linked = [...rowsOf('warning_letters'), ...rowsOf('arrests')].filter((row) => row.operation_ref !== '');
    expect(linked.length).toBeGreaterThan(1000);
    expect(linked.filter((row) => {
      const op = operations.get(row.operation_ref);
      return op?.operation_type !== 'kerb_crawling' || op.date > row.date || op.ward_code !== row.ward_code;
    })).toEqual([]);
  });

  it('records drug testing only for selling sex, and a result only when referred', () => {
    expect(rowsOf('arrests').filter((row) =>
      (row.offence === 'soliciting_to_buy' ? row.drug_test_referred !== '' : !['true', 'false'].includes(row.drug_test_referred)) ||
      (row.drug_test_referred !== 'true' && row.drug_test_result !== ''))).toEqual([]);
  });

  it('fills person_ref for most people, with some repeat arrests and referrals within two years', () => {
    for (const dataset of ['arrests', 'gaia_referrals', 'chrysalis_move_ons'] as const) {
      const refs = rowsOf(dataset).map((row) => row.person_ref).filter(Boolean);
      expect(refs.length / rowsOf(dataset).length).toBeGreaterThan(0.8);
      if (dataset !== 'chrysalis_move_ons') expect(new Set(refs).size).toBeLessThan(refs.length);
    }
    const firstSeen = new Map<string, string>();
    const longAfter = rowsOf('gaia_referrals').filter((row) => {
      if (!row.person_ref) return false;
      const first = firstSeen.get(row.person_ref) ?? row.date;
      firstSeen.set(row.person_ref, first);
      return addDays(first, 730) < row.date;
    });
    expect(longAfter).toEqual([]);
  });

  it('never gives two datasets the same person_ref', () => {
    const prefixes = ['arrests', 'gaia_referrals', 'chrysalis_move_ons'].map((dataset) =>
      new Set(rowsOf(dataset as DatasetName).map((row) => row.person_ref.split('-')[0]).filter(Boolean)));
    expect(prefixes).toEqual([new Set(['PA']), new Set(['PG']), new Set(['PC'])]);
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

describe('allocation', () => {
  it('shares a total out exactly, giving nothing to a bucket that weighs 0', () => {
    const random = new Random(42);
    for (const total of [0, 1, 17, 1571]) {
      const counts = random.allocate(total, [3, 0, 1.5, 0.2]);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
      expect(counts[1]).toBe(0);
    }
  });

  it('gives each named stream of a seed its own draws, the same every time', () => {
    const draws = (...labels: (string | number)[]) => {
      const rng = Random.stream(1, ...labels);
      return [rng.next(), rng.next(), rng.next()];
    };
    expect(draws('arrests', 2012)).toEqual(draws('arrests', 2012));
    expect(draws('arrests', 2012)).not.toEqual(draws('arrests', 2013));
  });
});
