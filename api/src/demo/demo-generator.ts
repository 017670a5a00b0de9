import { DATASETS, DATASET_NAMES, type DatasetName } from '../datasets/dataset-catalogue';
import { financialYearRange, financialYearStartYear } from '../figures/financial-periods';
import { addDays, addMonths } from '../shared/dates';
import { Random, type WeightTable } from './random';

/**
 * Invented but plausible partner files for the demo, in the import contract's format. Every
 * record is made up; the yearly totals are fixed in advance (published figures for 2012/13) and
 * then spread over months, wards and categories, so the totals hold exactly for any seed.
 */
export interface DemoDataset {
  dataset: DatasetName;
  columns: string[];
  rows: Record<string, string>[];
}

export interface DemoOptions {
  seed?: number;
  /** Financial years are named by the calendar year they start in: 2011 is 2011/12. */
  firstFinancialYear?: number;
  lastFinancialYear?: number;
}

type Row = Record<string, string>;

export const DEFAULT_SEED = 20130331;
/** The Gaia Centre opened in January 2012: no referral can be dated before it. */
export const GAIA_OPENED = '2012-01-01';
// Lambeth's 2002–2022 ward codes are valid from 2002-05-02 to 2022-05-04: whole financial years inside that.
const EARLIEST_YEAR = 2003;
const LATEST_YEAR = 2021;

interface YearPlan {
  kerbCrawlingOperations: number;
  otherOperations: number;
  warningLetters: number;
  womenSoliciting: number;
  womenDrugTestReferred: number;
  menBuying: number;
  /** Arrests recorded with sex `other` or `unknown`: real files have them, the women/men measures must not count them. */
  otherArrests: number;
  gaiaReferrals: number;
  chrysalisMoveOns: number;
}

/**
 * 2012/13 is the briefing's published year; 2011/12 keeps the figures its stated increases imply
 * (12 operations, 37 referred, 10 move-ons) and invents the rest; 2013/14 is illustrative growth.
 */
const YEAR_PLANS: Record<number, YearPlan> = {
  2011: {
    kerbCrawlingOperations: 12, otherOperations: 4, warningLetters: 60, womenSoliciting: 52, womenDrugTestReferred: 37,
    menBuying: 30, otherArrests: 1, gaiaReferrals: 372, chrysalisMoveOns: 10,
  },
  2012: {
    kerbCrawlingOperations: 22, otherOperations: 5, warningLetters: 102, womenSoliciting: 67, womenDrugTestReferred: 67,
    menBuying: 50, otherArrests: 2, gaiaReferrals: 1571, chrysalisMoveOns: 15,
  },
  2013: {
    kerbCrawlingOperations: 26, otherOperations: 6, warningLetters: 115, womenSoliciting: 70, womenDrugTestReferred: 66,
    menBuying: 58, otherArrests: 2, gaiaReferrals: 1702, chrysalisMoveOns: 18,
  },
};

// Month weights, April first. Police activity peaks in the December and March campaign months.
const POLICE_SEASON = [0.9, 1.0, 0.9, 0.8, 0.7, 1.0, 1.0, 1.2, 1.5, 0.9, 1.0, 1.4];
// Domestic violence referrals rise over Christmas and New Year.
const GAIA_SEASON = [1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 1.0, 1.05, 1.2, 1.15, 0.95, 1.05];
const FLAT_SEASON = Array.from({ length: 12 }, () => 1);

/** Street prostitution in Lambeth concentrates in a few wards. */
const HOT_SPOTS: WeightTable<string> = [
  ['E05000420', 35], // Coldharbour
  ['E05000429', 20], // Stockwell
  ['E05000430', 20], // Streatham Hill
  ['E05000417', 15], // Brixton Hill
  ['E05000436', 5], // Vassall
  ['E05000435', 5], // Tulse Hill
];

/** All 21 wards, weighted roughly by population and need, for services that cover the borough. */
const WARDS_BY_SIZE: WeightTable<string> = [
  ['E05000416', 0.8], ['E05000417', 1.15], ['E05000418', 0.9], ['E05000419', 1.0], ['E05000420', 1.3],
  ['E05000421', 1.1], ['E05000422', 0.85], ['E05000423', 0.95], ['E05000424', 1.05], ['E05000425', 1.1],
  ['E05000426', 1.0], ['E05000427', 1.05], ['E05000428', 0.9], ['E05000429', 1.2], ['E05000430', 1.0],
  ['E05000431', 0.9], ['E05000432', 0.95], ['E05000433', 0.85], ['E05000434', 0.8], ['E05000435', 1.15],
  ['E05000436', 1.2],
];

/** Domestic violence is the large majority; the rarest strands leave small cells for disclosure control. */
const STRANDS: WeightTable<string> = [
  ['domestic_violence', 72], ['sexual_violence', 13], ['stalking', 5.5], ['prostitution', 3.8],
  ['trafficking', 2.2], ['forced_marriage', 1.6], ['honour_based_violence', 1.1], ['fgm', 0.8],
];
const GAIA_AGE_BANDS: WeightTable<string> = [
  ['13_17', 4], ['18_24', 19], ['25_34', 33], ['35_44', 24], ['45_54', 12], ['55_plus', 6], ['unknown', 2],
];
const GAIA_SEXES: WeightTable<string> = [['female', 93.5], ['male', 5.5], ['other', 0.3], ['unknown', 0.7]];
const REFERRAL_SOURCES: WeightTable<string> = [
  ['police', 45], ['self', 15], ['health', 10], ['children_services', 8], ['housing', 7],
  ['probation', 2], ['voluntary_sector', 8], ['other', 5],
];
const WOMEN_AGE_BANDS: WeightTable<string> = [['18_24', 20], ['25_34', 40], ['35_44', 27], ['45_plus', 10], ['unknown', 3]];
const MEN_AGE_BANDS: WeightTable<string> = [['18_24', 10], ['25_34', 30], ['35_44', 30], ['45_plus', 27], ['unknown', 3]];
/** Results as the custody suite records them; empty means the result never reached the file. */
const DRUG_TEST_RESULTS: WeightTable<string> = [
  ['positive_cocaine', 30], ['positive_opiates', 15], ['positive_both', 25], ['negative', 15], ['not_tested', 5], ['', 10],
];
const FROM_STEPS: WeightTable<string> = [['1', 20], ['2', 30], ['3', 40], ['emergency', 10]];
const STAY_DAYS: Record<string, [number, number]> = { emergency: [3, 60], '1': [30, 180], '2': [60, 365], '3': [120, 730] };
/** Destination, and how often a move there is planned rather than a crisis. */
const DESTINATIONS: WeightTable<[string, number]> = [
  [['independent_tenancy', 0.95], 35], [['other_supported_housing', 0.85], 20], [['family_or_friends', 0.7], 10],
  [['custody', 0], 8], [['hospital_or_treatment', 0.5], 7], [['evicted', 0], 8], [['abandoned', 0], 8], [['other', 0.5], 4],
];

export function generateDemoData(options: DemoOptions = {}): DemoDataset[] {
  const { seed = DEFAULT_SEED, firstFinancialYear = 2011, lastFinancialYear = 2013 } = options;
  checkYears(firstFinancialYear, lastFinancialYear);
  const rng = new Random(seed);
  const people = new PersonRefs();
  const years = Array.from({ length: lastFinancialYear - firstFinancialYear + 1 }, (_, index) => firstFinancialYear + index);

  const operations = numbered('OP', years.flatMap((year) => policeOperations(rng, year, planFor(year))));
  const kerbCrawlingIn = (year: number) =>
    operations.filter((op) => op.operation_type === 'kerb_crawling' && financialYearStartYear(op.date) === year);
  const letters = numbered('WL', years.flatMap((year) => warningLetters(rng, year, planFor(year), kerbCrawlingIn(year))));
  const arrestRows = numbered('AR', years.flatMap((year) => arrests(rng, year, planFor(year), kerbCrawlingIn(year))));
  const referrals = numbered('GR', years.flatMap((year) => gaiaReferrals(rng, year, planFor(year))));
  const moveOns = numbered('CM', years.flatMap((year) => chrysalisMoveOns(rng, year, planFor(year))));

  // Women selling sex are often arrested again; men rarely; some people are referred to Gaia more than once.
  linkPeople(rng, people, arrestRows, { recorded: 0.9, repeat: 0.3, groupOf: (row) => `${row.offence}/${row.sex}`, keep: ['age_band'] });
  linkPeople(rng, people, referrals, { recorded: 0.92, repeat: 0.1, groupOf: (row) => row.sex, keep: ['age_band', 'ward_code'] });
  linkPeople(rng, people, moveOns, { recorded: 0.95, repeat: 0.05, groupOf: () => 'women', keep: [] });

  const rowsByDataset: Record<DatasetName, Row[]> = {
    police_operations: operations, warning_letters: letters, arrests: arrestRows, gaia_referrals: referrals, chrysalis_move_ons: moveOns,
  };
  return DATASET_NAMES.map((dataset) => {
    const columns = DATASETS[dataset].columns.map((column) => column.name);
    // Only the contract's columns, in its order, every one present (empty where unknown).
    const rows = rowsByDataset[dataset].map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? ''])));
    return { dataset, columns, rows };
  });
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes; `\n` line ends. */
export function toCsv(dataset: DemoDataset): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [dataset.columns, ...dataset.rows.map((row) => dataset.columns.map((column) => row[column] ?? ''))];
  return lines.map((fields) => fields.map(field).join(',')).join('\n') + '\n';
}

function checkYears(first: number, last: number): void {
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last || first < EARLIEST_YEAR || last > LATEST_YEAR) {
    throw new RangeError(
      `financial years must be whole years from ${EARLIEST_YEAR} to ${LATEST_YEAR}, first no later than last ` +
        `(got ${first} to ${last}); outside that the 2002–2022 ward codes are not valid`,
    );
  }
}

/** Years outside the briefing are scaled from the nearest planned year, a few percent a year. */
function planFor(year: number): YearPlan {
  const known = YEAR_PLANS[year];
  if (known) return known;
  const nearest = year < 2011 ? 2011 : 2013;
  const factor = (year < nearest ? 0.92 : 1.04) ** Math.abs(year - nearest);
  const scaled = Object.fromEntries(
    Object.entries(YEAR_PLANS[nearest]).map(([key, value]) => [key, Math.round(value * factor)]),
  ) as unknown as YearPlan;
  return { ...scaled, gaiaReferrals: year < financialYearStartYear(GAIA_OPENED) ? 0 : scaled.gaiaReferrals };
}

/** `count` dates inside financial year `year`, shared out over its months by `season`, none before `opensOn`. */
function spreadOverYear(rng: Random, year: number, count: number, season: readonly number[], opensOn = ''): string[] {
  const months = season.map((_, index) => {
    const first = addMonths(financialYearRange(year).start, index);
    return { first, last: addDays(addMonths(first, 1), -1) };
  });
  const counts = rng.allocate(count, months.map(({ last }, index) => (last < opensOn ? 0 : season[index])));
  return months.flatMap(({ first, last }, index) => {
    const earliestDay = opensOn > first ? Number(opensOn.slice(8, 10)) : 1;
    return Array.from({ length: counts[index] }, () => addDays(first, rng.int(earliestDay, Number(last.slice(8, 10))) - 1));
  });
}

function policeOperations(rng: Random, year: number, plan: YearPlan): Row[] {
  const kerbCrawling = spreadOverYear(rng, year, plan.kerbCrawlingOperations, POLICE_SEASON)
    .map((date) => ({ date, ward_code: rng.weighted(HOT_SPOTS), operation_type: 'kerb_crawling' }));
  const other = spreadOverYear(rng, year, plan.otherOperations, FLAT_SEASON)
    .map((date) => ({ date, ward_code: rng.weighted(WARDS_BY_SIZE), operation_type: 'other' }));
  return [...kerbCrawling, ...other];
}

/**
 * When, where and from which operation each of `count` records came: `fromOperations` of them
 * follow one of the year's kerb-crawling operations by up to `daysAfter` days (never past the
 * year's end, so the year's total is unchanged); the rest are spread over the hot spots.
 */
function placeRecords(rng: Random, year: number, count: number, operations: Row[], fromOperations: number, daysAfter: number): Row[] {
  const linked = operations.length ? Math.round(count * fromOperations) : 0;
  const yearEnd = financialYearRange(year).end;
  const fromOps = Array.from({ length: linked }, () => {
    const op = rng.pick(operations);
    const after = addDays(op.date, rng.int(0, daysAfter));
    return { date: after < yearEnd ? after : yearEnd, ward_code: op.ward_code, operation_ref: op.ref };
  });
  const rest = spreadOverYear(rng, year, count - linked, POLICE_SEASON)
    .map((date) => ({ date, ward_code: rng.weighted(HOT_SPOTS), operation_ref: '' }));
  return [...fromOps, ...rest];
}

function warningLetters(rng: Random, year: number, plan: YearPlan, operations: Row[]): Row[] {
  // Letters go out within a fortnight of the operation that identified the car.
  return placeRecords(rng, year, plan.warningLetters, operations, 0.8, 14);
}

function arrests(rng: Random, year: number, plan: YearPlan, operations: Row[]): Row[] {
  const referred = rng.shuffle(Array.from({ length: plan.womenSoliciting }, (_, index) => index < plan.womenDrugTestReferred));
  const women = placeRecords(rng, year, plan.womenSoliciting, operations, 0.3, 0).map((place, index) => ({
    ...place, offence: 'soliciting_to_sell', sex: 'female', age_band: rng.weighted(WOMEN_AGE_BANDS),
    drug_test_referred: String(referred[index]), drug_test_result: referred[index] ? rng.weighted(DRUG_TEST_RESULTS) : '',
  }));
  const men = placeRecords(rng, year, plan.menBuying, operations, 0.7, 0).map((place) => ({
    ...place, offence: 'soliciting_to_buy', sex: 'male', age_band: rng.weighted(MEN_AGE_BANDS),
  }));
  const others = placeRecords(rng, year, plan.otherArrests, operations, 0.5, 0).map((place) => {
    const offence = rng.pick(['soliciting_to_sell', 'soliciting_to_buy']);
    const toSell = offence === 'soliciting_to_sell';
    return {
      ...place, offence, sex: rng.pick(['other', 'unknown']), age_band: 'unknown',
      drug_test_referred: toSell ? String(rng.chance(0.8)) : '',
    };
  });
  return [...women, ...men, ...others];
}

function gaiaReferrals(rng: Random, year: number, plan: YearPlan): Row[] {
  const dates = spreadOverYear(rng, year, plan.gaiaReferrals, GAIA_SEASON, GAIA_OPENED);
  const perStrand = rng.allocate(plan.gaiaReferrals, STRANDS.map(([, weight]) => weight));
  const strands = rng.shuffle(STRANDS.flatMap(([strand], index) => Array<string>(perStrand[index]).fill(strand)));
  return dates.map((date, index) => ({
    date,
    strand: strands[index],
    // A few people live outside the borough or give no address: the contract's empty ward.
    ward_code: rng.chance(0.01) ? '' : rng.weighted(WARDS_BY_SIZE),
    age_band: rng.weighted(GAIA_AGE_BANDS),
    sex: strands[index] === 'fgm' ? 'female' : rng.weighted(GAIA_SEXES),
    referral_source: rng.weighted(REFERRAL_SOURCES),
  }));
}

function chrysalisMoveOns(rng: Random, year: number, plan: YearPlan): Row[] {
  return spreadOverYear(rng, year, plan.chrysalisMoveOns, FLAT_SEASON).map((date) => {
    const fromStep = rng.weighted(FROM_STEPS);
    const [destination, plannedShare] = rng.weighted(DESTINATIONS);
    const [shortest, longest] = STAY_DAYS[fromStep];
    return {
      date, from_step: fromStep, destination, planned: String(rng.chance(plannedShare)),
      length_of_stay_days: rng.chance(0.9) ? String(rng.int(shortest, longest)) : '',
    };
  });
}

/** Sorts by date and gives each record a partner-style ref, e.g. OP-2012-0007, numbered per calendar year. */
function numbered(prefix: string, rows: Row[]): Row[] {
  const perYear = new Map<string, number>();
  return [...rows]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((row) => {
      const year = row.date.slice(0, 4);
      const next = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, next);
      return { ref: `${prefix}-${year}-${String(next).padStart(4, '0')}`, ...row };
    });
}

/** One counter across datasets, so two different people never share a `person_ref`. */
class PersonRefs {
  private last = 0;

  next(): string {
    this.last += 1;
    return `P-${String(this.last).padStart(6, '0')}`;
  }
}

/**
 * Fills `person_ref` for most records, in date order: a `repeat` share of them are someone seen
 * earlier in the same group (so counts by group stay as planned), keeping that person's `keep` traits.
 */
function linkPeople(
  rng: Random,
  people: PersonRefs,
  rows: Row[],
  options: { recorded: number; repeat: number; groupOf: (row: Row) => string; keep: string[] },
): void {
  const seen = new Map<string, Row[]>();
  for (const row of rows) {
    if (!rng.chance(options.recorded)) continue;
    const group = options.groupOf(row);
    const earlier = seen.get(group) ?? [];
    seen.set(group, earlier);
    // A repeat is someone first seen on an earlier day, never twice on the same day.
    const seenBefore = earlier.filter((other) => other.date < row.date);
    if (seenBefore.length && rng.chance(options.repeat)) {
      const first = rng.pick(seenBefore);
      row.person_ref = first.person_ref;
      for (const trait of options.keep) row[trait] = first[trait];
    } else {
      row.person_ref = people.next();
      earlier.push(row);
    }
  }
}
