import path from 'node:path';
import { DASHBOARD_FEATURES, dashboardDocument } from '../api/test/support/dashboard-documents';

/**
 * The dashboard's own queries (its .graphql documents, unchanged) and, for each, the same answer
 * written by hand in SQL: once on the fact tables, once on the monthly rollups.
 */
export interface Statement {
  text: string;
  values?: unknown[];
}

export interface BenchQuery {
  name: string;
  label: string;
  /** The dashboard document and the variables its page sends. */
  document: string;
  variables: Record<string, unknown>;
  sql: { base: Statement[]; rollup: Statement[] };
}

const documentOf = (feature: string, file: string) => dashboardDocument(path.join(DASHBOARD_FEATURES, feature, 'graphql', `${file}.graphql`));

export const FINANCIAL_YEAR = '2012/13';
const YEAR = ['2012-04-01', '2013-03-31'];
/** The home page's quarterly chart: 2011/12 to 2013/14, asked year by year. */
export const SERIES = ['2011-04-01', '2014-03-31'];
const SERIES_YEARS = { first: '2011/12', askFirst: true, second: '2012/13', askSecond: true, third: '2013/14', askThird: true };

/** The quarterly chart's values, oldest first, from its three years' answers (the counts above zero, as the SQL groups them). */
export function quarterlyValues(data: Record<string, any>): number[] {
  return ['first', 'second', 'third'].flatMap((year) => (data[year]?.rows ?? []).map((r: { value: number }) => r.value)).filter((v: number) => v > 0);
}
/** The review at the end of Q4 looks back to April of the year before (sparkline, same period last year). */
const REVIEW = ['2011-04-01', '2013-03-31'];

// Financial quarters start in April, July, October and January, so they are calendar quarters.
// Truncated as timestamps without time zone: a date would be cast to timestamptz and pay for the zone.
const QUARTER = (column: string) => `date_trunc('quarter', ${column}::timestamp)::date`;
const MONTH = (column: string) => `date_trunc('month', ${column}::timestamp)::date`;

/** Count of records, on the fact table (date, count(*)) or its rollup (month, sum(n)). */
interface Source {
  table: (fact: string) => string;
  date: string;
  count: (condition?: string) => string;
}
const BASE: Source = {
  table: (fact) => fact, date: 'date',
  count: (condition) => `count(*)${condition ? ` FILTER (WHERE ${condition})` : ''}`,
};
const ROLLUP: Source = {
  table: (fact) => `${fact}_monthly`, date: 'month',
  count: (condition) => `coalesce(sum(n)${condition ? ` FILTER (WHERE ${condition})` : ''}, 0)`,
};

/** Each measure with a target in the review, as conditions on its fact table. */
const REVIEW_MEASURES: Record<string, string[]> = {
  police_operation: [`operation_type = 'kerb_crawling'`],
  warning_letter: [''],
  arrest: [
    `offence = 'soliciting_to_sell' AND sex = 'female'`,
    `offence = 'soliciting_to_sell' AND sex = 'female' AND drug_test_referred`,
    `offence = 'soliciting_to_buy' AND sex = 'male'`,
  ],
  gaia_referral: [''],
  chrysalis_move_on: [''],
};

function statements(s: Source): Record<string, Statement[]> {
  const gaia = s.table('gaia_referral');
  const inRange = `${s.date} BETWEEN $1 AND $2`;
  return {
    total: [{ text: `SELECT ${s.count()}::int AS total FROM ${gaia} WHERE ${inRange}`, values: YEAR }],
    quarterly: [{ text: `SELECT ${QUARTER(s.date)} AS quarter, ${s.count()}::int AS value FROM ${gaia} WHERE ${inRange} GROUP BY 1 ORDER BY 1`, values: SERIES }],
    wards: [
      { text: `SELECT ward_code, ${s.count()}::int AS value FROM ${gaia} WHERE ${inRange} GROUP BY 1 ORDER BY 1`, values: YEAR },
      { text: `SELECT ${s.count()}::int AS total FROM ${gaia} WHERE ${inRange}`, values: YEAR },
    ],
    strandsByQuarter: [
      { text: `SELECT ${QUARTER(s.date)} AS quarter, strand, ${s.count()}::int AS value FROM ${gaia} WHERE ${inRange} GROUP BY 1, 2 ORDER BY 1, 2`, values: YEAR },
      { text: `SELECT strand, ${s.count()}::int AS value FROM ${gaia} WHERE ${inRange} GROUP BY 1 ORDER BY 1`, values: YEAR },
      { text: `SELECT ${QUARTER(s.date)} AS quarter, ${s.count()}::int AS value FROM ${gaia} WHERE ${inRange} GROUP BY 1 ORDER BY 1`, values: YEAR },
    ],
    // The chart's whole history, month by month, and the records' first and last dates (index lookups on either source).
    spc: [
      { text: `SELECT ${MONTH(s.date)} AS month, ${s.count()}::int AS value FROM ${gaia} GROUP BY 1 ORDER BY 1` },
      { text: `SELECT min(date) AS first, max(date) AS last FROM gaia_referral` },
    ],
    review: Object.entries(REVIEW_MEASURES).flatMap(([fact, conditions]) => [
      { text: `SELECT min(date) AS first, max(date) AS last FROM ${fact}` },
      {
        text: `SELECT ${MONTH(s.date)} AS month, ${conditions.map((c, i) => `${s.count(c || undefined)}::int AS m${i}`).join(', ')}
               FROM ${s.table(fact)} WHERE ${inRange} GROUP BY 1 ORDER BY 1`,
        values: REVIEW,
      },
    ]),
  };
}

/** The smallest question the dashboard asks (the sign-in check, `measures { id }`): what any request costs before its figures. */
export const FLOOR_DOCUMENT = documentOf('sign-in', 'check-token');

export function benchQueries(): BenchQuery[] {
  const base = statements(BASE);
  const rollup = statements(ROLLUP);
  const q = (name: string, label: string, document: string, variables: Record<string, unknown>): BenchQuery =>
    ({ name, label, document, variables, sql: { base: base[name], rollup: rollup[name] } });
  return [
    q('total', 'financial-year total (HeadlineFigure)', documentOf('home', 'headline-figure'), { measure: 'gaia.referrals', financialYear: FINANCIAL_YEAR }),
    q('quarterly', 'quarterly series (QuarterlyFigures)', documentOf('home', 'quarterly-figures'), { measure: 'gaia.referrals', ...SERIES_YEARS }),
    q('wards', 'ward breakdown (WardMapFigures)', documentOf('wards', 'ward-map-figures'), { measure: 'gaia.referrals', financialYear: FINANCIAL_YEAR }),
    q('strandsByQuarter', 'strands × quarters (GaiaStrands)', documentOf('strands', 'gaia-strands'), { financialYear: FINANCIAL_YEAR }),
    q('spc', 'monthly SPC series (MeasureSpcChart)', documentOf('measure', 'spc-chart'), { measure: 'gaia.referrals' }),
    q('review', 'whole quarterly review (QuarterlyReview)', documentOf('review', 'quarterly-review'), { financialYear: FINANCIAL_YEAR, quarter: 4 }),
  ];
}
