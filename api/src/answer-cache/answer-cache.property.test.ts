import fc from 'fast-check';
import { GAIA_AGE_BANDS, REFERRAL_SOURCES, SEXES } from '../datasets/dataset-catalogue';
import { addDays } from '../shared/dates';
import { startTestApp, type TestApp } from '../server/app.test-helper';
import type { Role } from '../access/roles';
import { csv } from '../../test/import-helpers';

/**
 * Every cached answer equals a fresh one: random imports (the real importer, through importDataset),
 * targets set, notes added and releases published, interleaved with random questions from every
 * role, each asked of the app with the cache and then of one without it, on the same database.
 */
let cached: TestApp;
let fresh: TestApp;
beforeAll(async () => {
  cached = await startTestApp({ rateLimitPerMinute: 0 });
  fresh = await startTestApp({ rateLimitPerMinute: 0, answerCacheBytes: 0 }, { database: cached.database });
}, 300_000);
afterAll(async () => {
  await fresh?.stop();
  await cached?.stop();
});

const WARDS = ['E05000416', 'E05000420', 'E05000426'];
const YEARS = ['2012/13', '2013/14'];
const RELEASES = ['2012-09', '2013-03', '2013-12', '2014-03'];

const gaiaRow = fc.record({
  ref: fc.nat(40).map((n) => `G${n}`), // a small pool of refs: later files change earlier records
  date: fc.integer({ min: 0, max: 820 }).map((n) => addDays('2012-01-01', n)),
  strand: fc.constantFrom('domestic_violence', 'trafficking', 'stalking'),
  ward_code: fc.constantFrom(...WARDS, ''),
  age_band: fc.constantFrom(...GAIA_AGE_BANDS.slice(0, 2)),
  sex: fc.constantFrom(...SEXES.slice(0, 2)),
  referral_source: fc.constantFrom(...REFERRAL_SOURCES.slice(0, 2)),
});

type Action =
  | { kind: 'import'; rows: Record<string, string>[] }
  | { kind: 'target'; financialYear: string; value: number }
  | { kind: 'note'; day: number; title: string }
  | { kind: 'release' }
  | { kind: 'ask'; role: Role; wards: string[]; question: Question };

interface Question {
  query: string;
  variables: Record<string, unknown>;
}

const HEADLINE = `query HeadlineFigure($measure: ID!, $financialYear: String!) {
  figures(measure: $measure, financialYear: $financialYear, granularity: QUARTER) { total suppressed releasedThrough rows { period { label } value suppressed } }
}`;
const BY_WARD = `query WardMapFigures($measure: ID!, $financialYear: String!) {
  byWard: figures(measure: $measure, financialYear: $financialYear, groupBy: [WARD]) { releasedThrough rows { key { code } value suppressed } }
  borough: figures(measure: $measure, financialYear: $financialYear) { total suppressed }
}`;
const NOTES = `query { annotations(from: "2012-01-01", to: "2014-03-31") { id date kind title } }`;
const TARGETS = `query Targets($financialYear: String!) { targets(financialYear: $financialYear) { id financialYear value polarity measure { id } } }`;
const COVERAGE = `query { dataCoverage { today lastCompleteQuarter financialYears datasets { dataset firstMonth lastMonth } } }`;

const question: fc.Arbitrary<Question> = fc.oneof(
  fc.record({ measure: fc.constantFrom('gaia.referrals', 'arrests.men_buying'), financialYear: fc.constantFrom(...YEARS) }).map((variables) => ({ query: HEADLINE, variables })),
  fc.constantFrom(...YEARS).map((financialYear) => ({ query: BY_WARD, variables: { measure: 'gaia.referrals', financialYear } })),
  fc.constant({ query: NOTES, variables: {} }),
  fc.constantFrom(...YEARS).map((financialYear) => ({ query: TARGETS, variables: { financialYear } })),
  fc.constant({ query: COVERAGE, variables: {} }),
);
const viewer = fc.constantFrom<[Role, string[]]>(['member', []], ['analyst', []], ['funder', []], ['councillor', ['E05000416']], ['councillor', ['E05000420', 'E05000416']]);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.array(gaiaRow, { minLength: 1, maxLength: 12 }).map((rows) => ({ kind: 'import' as const, rows })) },
  { weight: 1, arbitrary: fc.record({ financialYear: fc.constantFrom(...YEARS), value: fc.integer({ min: 1, max: 500 }) }).map((t) => ({ kind: 'target' as const, ...t })) },
  { weight: 1, arbitrary: fc.record({ day: fc.nat(800), title: fc.constantFrom('Outreach van off the road', 'New caseworker', 'Bank holiday') }).map((n) => ({ kind: 'note' as const, ...n })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'release' as const }) },
  { weight: 8, arbitrary: fc.tuple(viewer, question).map(([[role, wards], q]) => ({ kind: 'ask' as const, role, wards, question: q })) },
);

function fileOf(rows: Record<string, string>[]): string {
  const unique = [...new Map(rows.map((r) => [r.ref, r])).values()]; // one line per ref, as the importer requires
  const header = Object.keys(unique[0]);
  return csv(header.join(','), ...unique.map((r) => header.map((c) => r[c]).join(',')));
}

let released = 0;
let hits = 0;

async function analyst(query: string, variables: Record<string, unknown>): Promise<void> {
  const answer = await cached.graphql(await cached.token('analyst'), query, variables);
  expect(answer.body.errors).toBeUndefined();
}

async function run(step: Action): Promise<void> {
  switch (step.kind) {
    case 'import':
      return analyst('mutation ($csv: String!) { importDataset(dataset: gaia_referrals, csv: $csv) { status } }', { csv: fileOf(step.rows) });
    case 'target':
      return analyst('mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }', { input: { financialYear: step.financialYear, measure: 'gaia.referrals', value: step.value, polarity: 'HIGHER_IS_BETTER' } });
    case 'note':
      return analyst('mutation ($date: Date!, $title: String!) { addAnnotation(date: $date, title: $title) { id } }', { date: addDays('2012-01-01', step.day), title: step.title });
    case 'release':
      if (released >= RELEASES.length) return;
      return analyst('mutation ($through: String!) { publishDisclosureRelease(throughMonth: $through) { throughMonth } }', { through: RELEASES[released++] });
    case 'ask': {
      const token = await cached.token(step.role, step.wards);
      // Asked twice: the second is mostly a hit, whatever the first was.
      for (let i = 0; i < 2; i++) {
        const answer = await cached.graphql(token, step.question.query, step.question.variables);
        const truth = await fresh.graphql(token, step.question.query, step.question.variables);
        expect(truth.headers.get('answer-cache')).toBeNull();
        if (answer.headers.get('answer-cache') === 'hit') hits++;
        expect({ role: step.role, status: answer.status, body: answer.body }).toEqual({ role: step.role, status: truth.status, body: truth.body });
      }
    }
  }
}

describe('cached answers under random imports and workspace changes', () => {
  it('equal the answers of an app without the cache, for every role', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (steps) => {
        for (const step of steps) await run(step);
      }),
      { numRuns: 15 },
    );
    expect(hits).toBeGreaterThan(50);
  }, 1_200_000);
});
