import fc from 'fast-check';
import highsLoader, { type Highs } from 'highs';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv, releaseToFunders, TEST_HASH_SECRET } from '../../test/import-helpers';
import type { AuthUser } from '../access/roles';
import type { Dimension } from '../datasets/dataset-catalogue';
import { answerFigures } from '../figures/answer-figures';
import type { FigureArgs } from '../figures/figure-query';
import { financialQuarterOf } from '../shared/financial-periods';
import { createRefHasher } from '../import/ref-hasher';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import { quarterlyReturn } from '../returns/quarterly-return.service';
import { answeredQuery, equations, leafWorld, LEAVES, MONTHS, STRANDS, threshold, WARDS, type LeafWorld, type PublishedFigures } from './disclosure-differencing.test-helper';

/**
 * Releases compared (issue 9): a funder and a councillor save everything they can obtain after
 * every import — figures by ward, strand, ward × strand, for the year, by quarter and by month,
 * with and without filters, and the quarterly return's borough figures — and subtract. The
 * imports are random: new months, late records into past months, corrections (a record moved to
 * another ward or strand) and deletions. After the whole sequence an auditor holds every figure
 * seen, from every version, as an exact equation over the records of the version it came from
 * (every ward and strand of the borough: the records use three of each, which the attacker is not
 * told), and is told which months each import touched: every count of every other month is the same in
 * both versions (what an attacker assumes of an ordinary monthly import). No small count of any
 * version may be pinned, or narrowed into 1..threshold − 1. Before releases, this failed at once: a year cell moving from 12 to 13 gave
 * the new month's cell away.
 */
const funder: AuthUser = { subject: 'f', role: 'funder', wards: [] };
const councillor: AuthUser = { subject: 'c', role: 'councillor', wards: [WARDS[0]] };
const hashRef = createRefHasher(TEST_HASH_SECRET);
const CELLS_PER_MONTH = WARDS.length * STRANDS.length;

/** Every question a controlled role may ask of this data, by the combinable pair and its parts. */
const QUESTIONS: Partial<FigureArgs>[] = (['WARD', 'STRAND', 'WARD,STRAND'] as const).flatMap((groupBy) =>
  ([null, 'QUARTER', 'MONTH'] as const).flatMap((granularity) =>
    [null, { ward: [WARDS[0]] }, { strand: ['trafficking'] }, { ward: [WARDS[1], WARDS[2]] }].map((filter) => ({ groupBy: groupBy.split(',') as Dimension[], granularity, filter }))));

type Step =
  | { kind: 'nextMonth'; counts: number[] }
  | { kind: 'late'; month: number; counts: number[] }
  | { kind: 'correct'; record: number; to: number }
  | { kind: 'delete'; record: number };

const smallCounts = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 12 }) }), { minLength: CELLS_PER_MONTH, maxLength: CELLS_PER_MONTH });
const lateCounts = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }), { minLength: CELLS_PER_MONTH, maxLength: CELLS_PER_MONTH });
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: smallCounts.map((counts) => ({ kind: 'nextMonth' as const, counts })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('late' as const), month: fc.nat(), counts: lateCounts }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('correct' as const), record: fc.nat(), to: fc.nat({ max: CELLS_PER_MONTH - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), record: fc.nat() }) },
);
const sequenceArbitrary = fc.tuple(smallCounts, smallCounts, fc.array(stepArbitrary, { minLength: 2, maxLength: 4 }))
  .map(([first, second, rest]): Step[] => [{ kind: 'nextMonth', counts: first }, { kind: 'nextMonth', counts: second }, ...rest]);

interface ReferralRecord { ref: string; month: number; cell: number }

/** The records as the partners hold them, and what each step sends. */
class Partners {
  readonly records = new Map<string, ReferralRecord>();
  readonly removed = new Map<string, ReferralRecord>();
  months = 0;
  private made = 0;

  rows(step: Step): { send: ReferralRecord[]; remove: string[] } {
    const existing = [...this.records.values()];
    const add = (month: number, counts: number[]) => counts.flatMap((count, cell) => Array.from({ length: count }, () => ({ ref: `R${this.made++}`, month, cell })));
    switch (step.kind) {
      case 'nextMonth':
        return this.months < MONTHS.length ? { send: add(this.months++, step.counts), remove: [] } : { send: [], remove: [] };
      case 'late':
        return this.months > 0 ? { send: add(step.month % this.months, step.counts), remove: [] } : { send: [], remove: [] };
      case 'correct': {
        const record = existing[step.record % Math.max(existing.length, 1)];
        return record ? { send: [{ ...record, cell: step.to }], remove: [] } : { send: [], remove: [] };
      }
      case 'delete': {
        const record = existing[step.record % Math.max(existing.length, 1)];
        return record ? { send: [], remove: [record.ref] } : { send: [], remove: [] };
      }
    }
  }

  apply({ send, remove }: { send: ReferralRecord[]; remove: string[] }): void {
    for (const record of send) this.records.set(record.ref, record);
    for (const ref of remove) {
      this.removed.set(ref, this.records.get(ref) as ReferralRecord);
      this.records.delete(ref);
    }
  }

  /** The count of every leaf (month × ward × strand) of the attacker's world. */
  counts(world: LeafWorld): number[] {
    const counts = world.leaves.map(() => 0);
    for (const { month, cell } of this.records.values()) counts[worldLeaf(world, LEAVES[month * CELLS_PER_MONTH + cell])] += 1;
    return counts;
  }
}

function worldLeaf(world: LeafWorld, leaf: { month: string; ward: string; strand: string }): number {
  return (MONTHS.indexOf(leaf.month) * world.wards.length + world.wards.indexOf(leaf.ward)) * world.strands.length + world.strands.indexOf(leaf.strand);
}

function csvRow({ ref, month, cell }: ReferralRecord): string {
  const leaf = LEAVES[month * CELLS_PER_MONTH + cell];
  return `${ref},${leaf.month}-${String((Number(ref.slice(1)) % 27) + 1).padStart(2, '0')},${leaf.strand},${leaf.ward},25_34,female,self`;
}

/** One equation of the auditor: a published figure as a sum of the variables it is made of. */
interface Equation { vars: number[]; value: number }

/**
 * The variables of the auditor: one per leaf and version, shared between consecutive versions
 * when the import left the leaf's month alone.
 */
class Versions {
  constructor(private readonly world: LeafWorld) {}
  readonly counts: number[][] = [];
  readonly variables: number[][] = [];
  /** How many months of the year each version holds: a period still open then is no cell yet, only a sum of its months so far. */
  readonly monthsHeld: number[] = [];
  /** The version at which each month was first released: released figures are that version's counts. */
  readonly releasedAt = new Map<string, number>();
  private next = 0;

  add(counts: number[], monthsHeld: number, touchedMonths: ReadonlySet<number>, releasedThrough: string | null): number {
    const version = this.counts.length;
    this.monthsHeld.push(monthsHeld);
    const untouched = (leaf: number) => version > 0 && !touchedMonths.has(MONTHS.indexOf(this.world.leaves[leaf].month));
    this.variables.push(counts.map((_, leaf) => (untouched(leaf) ? this.variables[version - 1][leaf] : this.next++)));
    this.counts.push(counts);
    for (const month of MONTHS) if (releasedThrough && month <= releasedThrough && !this.releasedAt.has(month)) this.releasedAt.set(month, version);
    return version;
  }

  /** The variables a released figure over these leaves adds up. */
  released(leaves: readonly number[]): number[] {
    return leaves.map((leaf) => this.variables[this.releasedAt.get(this.world.leaves[leaf].month) as number][leaf]);
  }

  get size(): number {
    return this.next;
  }
}

/** Every figure of a released answer, over the variables of the versions its months were released at. */
function releasedEquations(world: LeafWorld, versions: Versions, query: Partial<FigureArgs>, answer: PublishedFigures & { releasedThrough?: string | null }): Equation[] {
  if (!answer.releasedThrough) return [];
  return equations(query, answer, answer.releasedThrough, world).map((row) => ({ vars: versions.released([...row.coefs.keys()]), value: Number(row.rhs) }));
}

interface SmallCell { name: string; vars: number[]; threshold: number }

/** Every cell below borough level, of a period complete in its version, whose count is small; once per distinct set of variables. */
function smallCellsOfEveryVersion(world: LeafWorld, versions: Versions): SmallCell[] {
  const timeNodes = [...MONTHS.map((m) => [m]), ...[1, 2, 3, 4].map((q) => MONTHS.filter((m) => financialQuarterOf(`${m}-01`) === q)), MONTHS];
  const cells = new Map<string, SmallCell>();
  versions.counts.forEach((counts, version) => {
    for (const months of timeNodes) {
      if (months.some((month) => MONTHS.indexOf(month) >= versions.monthsHeld[version])) continue;
      for (const ward of [...WARDS, undefined]) {
        for (const strand of [...STRANDS, undefined]) {
          if (!ward && !strand) continue;
          const leaves = world.leaves.flatMap((l, i) => (months.includes(l.month) && (!ward || l.ward === ward) && (!strand || l.strand === strand) ? [i] : []));
          const value = leaves.reduce((sum, leaf) => sum + counts[leaf], 0);
          if (value < 1 || value >= threshold(strand)) continue;
          const vars = leaves.map((leaf) => versions.variables[version][leaf]).sort((a, b) => a - b);
          const name = `version ${version}: ${months.length === 1 ? months[0] : months.length === 12 ? 'year' : `${months[0]}…`} ${ward ?? 'all'} ${strand ?? 'all'} = ${value}`;
          if (!cells.has(vars.join(','))) cells.set(vars.join(','), { name, vars, threshold: threshold(strand) });
        }
      }
    }
  });
  return [...cells.values()];
}

/** The same figure seen in many answers is one equation. */
function unique(equations: readonly Equation[]): Equation[] {
  const byKey = new Map<string, Equation>();
  for (const equation of equations) byKey.set(`${[...equation.vars].sort((a, b) => a - b).join('+')}=${equation.value}`, equation);
  return [...byKey.values()];
}

let highs: Highs;
const TOLERANCE = 1e-6;

function solve(sense: 'Maximize' | 'Minimize', objective: readonly number[], equations: readonly Equation[]): { bound: number; values: Map<number, number> } {
  const sum = (vars: readonly number[]) => vars.map((v) => `+ x${v}`).join(' ') || '0 x0';
  const rows = equations.filter((e) => e.vars.length > 0).map((e, i) => ` e${i}: ${sum(e.vars)} = ${e.value}`);
  const result = highs.solve(`${sense}\n obj: ${sum(objective)}\nSubject To\n${rows.join('\n')}\nEnd\n`, { output_flag: false });
  if (result.Status === 'Infeasible') throw new Error('the published figures contradict each other: some exit published something the records do not say');
  if (result.Status === 'Unbounded') return { bound: Infinity, values: new Map() };
  if (result.Status !== 'Optimal') throw new Error(`LP ${result.Status}`);
  return { bound: result.ObjectiveValue, values: new Map(Object.entries(result.Columns).map(([name, c]) => [Number(name.slice(1)), (c as { Primal: number }).Primal])) };
}

/** The small cells whose range, over every completion of everything published, lies inside 1..threshold − 1. */
function narrowedSmallCells(cells: readonly SmallCell[], equations: readonly Equation[]): string[] {
  const open = new Set(cells);
  const valueAt = (values: Map<number, number>, cell: SmallCell) => cell.vars.reduce((sum, v) => sum + (values.get(v) ?? 0), 0);
  // One LP settles every cell it puts at 0 (or at its threshold); the rest get their own.
  for (const sense of ['Minimize', 'Maximize'] as const) {
    for (let settled = 1; settled > 0 && open.size > 0;) {
      settled = 0;
      const { bound, values } = solve(sense, [...open].flatMap((cell) => cell.vars), equations);
      if (bound === Infinity) break;
      for (const cell of [...open]) {
        const value = valueAt(values, cell);
        if (value <= TOLERANCE || value >= cell.threshold - TOLERANCE) { open.delete(cell); settled++; }
      }
    }
  }
  return [...open].filter((cell) => {
    const high = solve('Maximize', cell.vars, equations).bound;
    const low = solve('Minimize', cell.vars, equations).bound;
    return Math.ceil(low - TOLERANCE) >= 1 && Math.floor(high + TOLERANCE) <= cell.threshold - 1;
  }).map((cell) => cell.name);
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  highs = await highsLoader();
});
afterAll(() => db.drop());

describe('no small count can be worked out by comparing releases', () => {
  it('holds over random sequences of new months, late records, corrections and deletions, for funders and councillors', async () => {
    const reference = await loadReferenceCatalogue(db.requestDataSource);
    const ask = (user: AuthUser, question: Partial<FigureArgs>) =>
      answerFigures({ user, dataSource: db.requestDataSource, reference: async () => reference }, { measure: 'gaia.referrals', financialYear: '2012/13', ...question } as FigureArgs);
    // Every ward of the borough in 2012/13 (the 2022 wards had no records then, as everyone knows).
    const wardsOfYear = [...reference.wards.values()].filter((w) => w.validFrom <= '2013-03-31' && (w.validTo === null || w.validTo >= '2012-04-01'));
    const world = leafWorld([...wardsOfYear.map((w) => w.code), 'unknown'], [...reference.strands.keys()]);
    let figuresAudited = 0;
    await fc.assert(fc.asyncProperty(sequenceArbitrary, async (steps) => {
      await db.dataSource.query('TRUNCATE gaia_referral, figure_revision, import_batch, disclosure_release CASCADE');
      const partners = new Partners();
      const versions = new Versions(world);
      const published: Equation[] = [];
      for (const step of steps) {
        const change = partners.rows(step);
        if (change.send.length) {
          const report = await importCsv(db.dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source', ...change.send.map(csvRow)));
          if (report.status !== 'imported') throw new Error(`refused: ${JSON.stringify(report.issues.slice(0, 2))}`);
        }
        for (const ref of change.remove) await db.dataSource.query('DELETE FROM gaia_referral WHERE ref_hash = $1', [hashRef('gaia_referrals', ref)]);
        partners.apply(change);
        await releaseToFunders(db.dataSource);

        const answers = await Promise.all([
          ...QUESTIONS.map(async (q) => ({ q, a: await ask(funder, q) })),
          ...QUESTIONS.filter((q) => q.groupBy?.includes('WARD') && !q.filter?.ward).map(async (q) => ({ q: answeredQuery({ role: 'councillor', wards: councillor.wards }, q), a: await ask(councillor, q) })),
        ]);
        const touched = new Set([...change.send.map((r) => r.month), ...change.remove.map((ref) => (partners.removed.get(ref) as ReferralRecord).month)]);
        const version = versions.add(partners.counts(world), partners.months, touched, answers.find(({ a }) => a.releasedThrough)?.a.releasedThrough ?? null);
        for (const { q, a } of answers) published.push(...releasedEquations(world, versions, q, a));
        // The quarterly return: live borough figures of this version, by quarter and for the year.
        const line = (await quarterlyReturn(db.dataSource, '2012/13')).lines.find((l) => l.measure.id === 'gaia.referrals');
        for (const cell of line?.cells ?? []) {
          const months = cell.quarter ? MONTHS.filter((m) => financialQuarterOf(`${m}-01`) === cell.quarter) : MONTHS;
          const leaves = world.leaves.flatMap((l, i) => (months.includes(l.month) ? [i] : []));
          if (cell.value !== null) published.push({ vars: leaves.map((leaf) => versions.variables[version][leaf]), value: cell.value });
        }
      }
      figuresAudited += published.length;
      const narrowed = narrowedSmallCells(smallCellsOfEveryVersion(world, versions), unique(published));
      if (narrowed.length) throw new Error(`${narrowed.slice(0, 5).join('; ')} can be worked out from ${steps.map((s) => s.kind).join(', ')}`);
    }), { numRuns: 8, endOnFailure: true, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}) });
    expect(figuresAudited).toBeGreaterThan(1000);
  }, 300_000); // about 30 s on a quiet machine, 70 s with both cores busy
});
