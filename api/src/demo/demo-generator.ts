import { today as clockToday } from '../config';
import { DATASETS, DATASET_NAMES, type DatasetName } from '../datasets/dataset-catalogue';
import { financialYearRange, financialYearStartYear, lastCompleteQuarter } from '../shared/financial-periods';
import { addDays, addMonths } from '../shared/dates';
import { FIRST_DEMO_YEAR, planFor, type YearPlan } from './demo-plans';
import { emergingForcedBegging, exploitationType } from './demo-trafficking';
import { DemoGeography, type DemoWard } from './demo-wards';
import { Random, type WeightTable } from './random';

/**
 * Invented but plausible partner files for the demo, in the import contract's format, from
 * 2011/12 to the last complete quarter before the day it is made. Every record is made up; each
 * year's totals are fixed in advance (demo-plans: the published figures for 2012/13) and then
 * spread over months, wards and categories, so the totals hold exactly for any seed.
 */
export interface DemoDataset {
  dataset: DatasetName;
  columns: string[];
  rows: Record<string, string>[];
}

export interface DemoOptions {
  /** Every ward set (vintage) with its dates, e.g. the `ward` table: a record carries a ward valid on its date. */
  wards: readonly DemoWard[];
  seed?: number;
  /** The day the demo is made ('YYYY-MM-DD'); default the platform's today. The same seed and day give the same files. */
  today?: string;
}

type Row = Record<string, string>;

export const DEFAULT_SEED = 20130331;
/** The Gaia Centre opened in January 2012: no referral can be dated before it. */
export const GAIA_OPENED = '2012-01-01';
/** The briefing's year, 2012/13, is always whole: the demo exists to show it. */
const BRIEFING_YEAR_END = financialYearRange(2012).end;
/** A repeat arrest or referral is someone seen in the two years before, not in any year since 2011. */
const REPEAT_WITHIN_DAYS = 730;

// Month weights, April first. Police activity peaks in the December and March campaign months.
const POLICE_SEASON = [0.9, 1.0, 0.9, 0.8, 0.7, 1.0, 1.0, 1.2, 1.5, 0.9, 1.0, 1.4];
// Domestic violence referrals rise over Christmas and New Year.
const GAIA_SEASON = [1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 1.0, 1.05, 1.2, 1.15, 0.95, 1.05];
const FLAT_SEASON = Array.from({ length: 12 }, () => 1);

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

export function generateDemoData(options: DemoOptions): DemoDataset[] {
  const { seed = DEFAULT_SEED, today = clockToday() } = options;
  const through = demoDataThrough(today);
  const geography = new DemoGeography(options.wards, through);
  geography.checkCovers(financialYearRange(FIRST_DEMO_YEAR).start, through);
  const years = Array.from({ length: financialYearStartYear(through) - FIRST_DEMO_YEAR + 1 }, (_, index) => FIRST_DEMO_YEAR + index);
  // Each dataset's year draws from its own stream, so a later `today` leaves earlier years as they were.
  // Whole years are made, then cut at `through`: letters and arrests can follow any of the year's operations.
  const yearly = (dataset: DatasetName, make: (rng: Random, year: number, plan: YearPlan) => Row[]): Row[] =>
    years.flatMap((year) => make(Random.stream(seed, dataset, year), year, planFor(year)));

  const operations = numbered('OP', yearly('police_operations', (rng, year, plan) => policeOperations(rng, year, plan, geography)));
  const kerbCrawlingIn = (year: number) =>
    operations.filter((op) => op.operation_type === 'kerb_crawling' && financialYearStartYear(op.date) === year);
  const letters = numbered('WL', yearly('warning_letters', (rng, year, plan) => warningLetters(rng, year, plan, kerbCrawlingIn(year), geography)));
  const arrestRows = numbered('AR', yearly('arrests', (rng, year, plan) => arrests(rng, year, plan, kerbCrawlingIn(year), geography)));
  const referrals = numbered('GR', [
    ...yearly('gaia_referrals', (rng, year, plan) => gaiaReferrals(rng, year, plan, geography)),
    ...forcedBeggingReferrals(Random.stream(seed, 'forced_begging', through), through, geography),
  ]);
  const moveOns = numbered('CM', yearly('chrysalis_move_ons', (rng, year, plan) => chrysalisMoveOns(rng, year, plan)));

  // Women selling sex are often arrested again; men rarely; some people are referred to Gaia more than once.
  linkPeople(Random.stream(seed, 'people', 'arrests'), new PersonRefs('PA'), arrestRows, {
    recorded: 0.9, repeat: 0.3, groupOf: (row) => `${row.offence}/${row.sex}`, keep: (first, row) => (row.age_band = first.age_band),
  });
  linkPeople(Random.stream(seed, 'people', 'gaia_referrals'), new PersonRefs('PG'), referrals, {
    recorded: 0.92, repeat: 0.1, groupOf: (row) => row.sex,
    keep: (first, row) => {
      row.age_band = first.age_band;
      // Someone referred again lives where they did, unless a boundary review has renamed their ward since.
      if (first.ward_code === '' || geography.isValidOn(first.ward_code, row.date)) row.ward_code = first.ward_code;
    },
  });
  linkPeople(Random.stream(seed, 'people', 'chrysalis_move_ons'), new PersonRefs('PC'), moveOns, {
    recorded: 0.95, repeat: 0.05, groupOf: () => 'women', keep: () => undefined,
  });

  const rowsByDataset: Record<DatasetName, Row[]> = {
    police_operations: operations, warning_letters: letters, arrests: arrestRows, gaia_referrals: referrals, chrysalis_move_ons: moveOns,
  };
  return DATASET_NAMES.map((dataset) => {
    const columns = DATASETS[dataset].columns.map((column) => column.name);
    // Only the contract's columns, in its order, every one present (empty where unknown).
    // Numbering and people go in date order, so cutting the tail leaves the rest as it was.
    const rows = rowsByDataset[dataset]
      .filter((row) => row.date <= through)
      .map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? ''])));
    return { dataset, columns, rows };
  });
}

/**
 * The last day the demo made on `today` holds records for: the end of the last complete quarter
 * before it, as a partner's quarterly extract would reach.
 */
export function demoDataThrough(today: string): string {
  const through = lastCompleteQuarter(today).end;
  if (through < BRIEFING_YEAR_END) {
    throw new RangeError(`today must be after ${BRIEFING_YEAR_END}, so that the demo holds the briefing's year 2012/13 whole; got ${today}`);
  }
  return through;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes; `\n` line ends. */
export function toCsv(dataset: DemoDataset): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [dataset.columns, ...dataset.rows.map((row) => dataset.columns.map((column) => row[column] ?? ''))];
  return lines.map((fields) => fields.map(field).join(',')).join('\n') + '\n';
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

function policeOperations(rng: Random, year: number, plan: YearPlan, geography: DemoGeography): Row[] {
  const kerbCrawling = spreadOverYear(rng, year, plan.kerbCrawlingOperations, POLICE_SEASON)
    .map((date) => ({ date, ward_code: rng.weighted(geography.on(date).hotSpots), operation_type: 'kerb_crawling' }));
  const other = spreadOverYear(rng, year, plan.otherOperations, FLAT_SEASON)
    .map((date) => ({ date, ward_code: rng.weighted(geography.on(date).bySize), operation_type: 'other' }));
  return [...kerbCrawling, ...other];
}

/**
 * When, where and from which operation each of `count` records came: `fromOperations` of them
 * follow one of the year's kerb-crawling operations by up to `daysAfter` days (never past the
 * year's end, so the year's total is unchanged, nor past the last day of the operation's ward);
 * the rest are spread over the hot spots.
 */
function placeRecords(
  rng: Random, year: number, count: number, operations: Row[], geography: DemoGeography, fromOperations: number, daysAfter: number,
): Row[] {
  const linked = operations.length ? Math.round(count * fromOperations) : 0;
  const yearEnd = financialYearRange(year).end;
  const fromOps = Array.from({ length: linked }, () => {
    const op = rng.pick(operations);
    // The earliest of the three: ISO dates sort as text.
    const [date] = [addDays(op.date, rng.int(0, daysAfter)), yearEnd, geography.validTo(op.ward_code) ?? yearEnd].sort();
    return { date, ward_code: op.ward_code, operation_ref: op.ref };
  });
  const rest = spreadOverYear(rng, year, count - linked, POLICE_SEASON)
    .map((date) => ({ date, ward_code: rng.weighted(geography.on(date).hotSpots), operation_ref: '' }));
  return [...fromOps, ...rest];
}

function warningLetters(rng: Random, year: number, plan: YearPlan, operations: Row[], geography: DemoGeography): Row[] {
  // Letters go out within a fortnight of the operation that identified the car.
  return placeRecords(rng, year, plan.warningLetters, operations, geography, 0.8, 14);
}

function arrests(rng: Random, year: number, plan: YearPlan, operations: Row[], geography: DemoGeography): Row[] {
  const referred = rng.shuffle(Array.from({ length: plan.womenSoliciting }, (_, index) => index < plan.womenDrugTestReferred));
  const women = placeRecords(rng, year, plan.womenSoliciting, operations, geography, 0.3, 0).map((place, index) => ({
    ...place, offence: 'soliciting_to_sell', sex: 'female', age_band: rng.weighted(WOMEN_AGE_BANDS),
    drug_test_referred: String(referred[index]), drug_test_result: referred[index] ? rng.weighted(DRUG_TEST_RESULTS) : '',
  }));
  const men = placeRecords(rng, year, plan.menBuying, operations, geography, 0.7, 0).map((place) => ({
    ...place, offence: 'soliciting_to_buy', sex: 'male', age_band: rng.weighted(MEN_AGE_BANDS),
  }));
  const others = placeRecords(rng, year, plan.otherArrests, operations, geography, 0.5, 0).map((place) => {
    const offence = rng.pick(['soliciting_to_sell', 'soliciting_to_buy']);
    const toSell = offence === 'soliciting_to_sell';
    return {
      ...place, offence, sex: rng.pick(['other', 'unknown']), age_band: 'unknown',
      drug_test_referred: toSell ? String(rng.chance(0.8)) : '',
    };
  });
  return [...women, ...men, ...others];
}

function gaiaReferrals(rng: Random, year: number, plan: YearPlan, geography: DemoGeography): Row[] {
  const dates = spreadOverYear(rng, year, plan.gaiaReferrals, GAIA_SEASON, GAIA_OPENED);
  const perStrand = rng.allocate(plan.gaiaReferrals, STRANDS.map(([, weight]) => weight));
  const strands = rng.shuffle(STRANDS.flatMap(([strand], index) => Array<string>(perStrand[index]).fill(strand)));
  return dates.map((date, index) => {
    const referral = gaiaReferral(rng, date, strands[index], geography);
    return { ...referral, exploitation_type: exploitationType(rng, referral.strand, date) };
  });
}

/** The emerging issue: extra trafficking referrals for forced begging, rising month by month to `through`. */
function forcedBeggingReferrals(rng: Random, through: string, geography: DemoGeography): Row[] {
  return emergingForcedBegging(through.slice(0, 7)).flatMap(({ month, count }) => {
    const lastDay = Number(addDays(addMonths(`${month}-01`, 1), -1).slice(8, 10));
    return Array.from({ length: count }, () => ({
      ...gaiaReferral(rng, `${month}-${String(rng.int(1, lastDay)).padStart(2, '0')}`, 'trafficking', geography),
      exploitation_type: 'forced_begging',
    }));
  });
}

function gaiaReferral(rng: Random, date: string, strand: string, geography: DemoGeography): Row {
  return {
    date,
    strand,
    // A few people live outside the borough or give no address: the contract's empty ward.
    ward_code: rng.chance(0.01) ? '' : rng.weighted(geography.on(date).bySize),
    age_band: rng.weighted(GAIA_AGE_BANDS),
    sex: strand === 'fgm' ? 'female' : rng.weighted(GAIA_SEXES),
    referral_source: rng.weighted(REFERRAL_SOURCES),
  };
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

/** Numbers the people of one dataset; each dataset has its own prefix, so two different people never share a `person_ref`. */
class PersonRefs {
  private last = 0;

  constructor(private readonly prefix: string) {}

  next(): string {
    this.last += 1;
    return `${this.prefix}-${String(this.last).padStart(6, '0')}`;
  }
}

/**
 * Fills `person_ref` for most records, in date order: a `repeat` share of them are someone first
 * seen in the same group on an earlier day within the last two years (so counts by group stay as
 * planned), taking on what `keep` copies from that person's first record.
 */
function linkPeople(
  rng: Random,
  people: PersonRefs,
  rows: Row[],
  options: { recorded: number; repeat: number; groupOf: (row: Row) => string; keep: (first: Row, row: Row) => void },
): void {
  const seen = new Map<string, { firsts: Row[]; oldest: number }>();
  for (const row of rows) {
    if (!rng.chance(options.recorded)) continue;
    const group = options.groupOf(row);
    const earlier = seen.get(group) ?? { firsts: [], oldest: 0 };
    seen.set(group, earlier);
    // `firsts` is in date order: drop from the front who is too long ago, count from the back who came today.
    const since = addDays(row.date, -REPEAT_WITHIN_DAYS);
    while (earlier.oldest < earlier.firsts.length && earlier.firsts[earlier.oldest].date < since) earlier.oldest++;
    let end = earlier.firsts.length;
    while (end > earlier.oldest && earlier.firsts[end - 1].date >= row.date) end--;
    // A repeat is someone first seen on an earlier day, never twice on the same day.
    if (end > earlier.oldest && rng.chance(options.repeat)) {
      const first = earlier.firsts[rng.int(earlier.oldest, end - 1)];
      row.person_ref = first.person_ref;
      options.keep(first, row);
    } else {
      row.person_ref = people.next();
      earlier.firsts.push(row);
    }
  }
}
