/**
 * The differencing attacker of the disclosure property tests, shared by every exit (GraphQL,
 * downloads, briefings): random Gaia datasets over three wards × three strands × twelve months,
 * imported through the real importer, and an exact auditor that treats every published figure,
 * total and omitted (zero) row as an equation over the records.
 */
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { csv, importCsv, releaseToFunders } from '../../test/import-helpers';
import type { Dimension } from '../datasets/dataset-catalogue';
import type { FigureArgs } from '../figures/figure-query';
import { financialQuarterOf, periodStartingOn } from '../shared/financial-periods';
import { addMonths } from '../shared/dates';
import { maximise, type EqualitySystem, type Fraction } from './exact-simplex';

export const WARDS = ['E05000420', 'E05000426', 'E05000429'];
export const STRANDS = ['domestic_violence', 'stalking', 'trafficking'];
export const MONTHS = ['2012-04', '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12', '2013-01', '2013-02', '2013-03'];
export const threshold = (strand: string | undefined) => (strand === 'trafficking' ? 10 : 5);

export interface Leaf { month: string; ward: string; strand: string }
export const LEAVES: Leaf[] = MONTHS.flatMap((month) => WARDS.flatMap((ward) => STRANDS.map((strand) => ({ month, ward, strand }))));

/**
 * The codes an attacker reasons over. The default is the data's own three wards and strands (the
 * attacker is told every other count is zero); a wider world leaves the other codes unknown.
 */
export interface LeafWorld { readonly leaves: readonly Leaf[]; readonly wards: readonly string[]; readonly strands: readonly string[] }
export const DATA_WORLD: LeafWorld = { leaves: LEAVES, wards: WARDS, strands: STRANDS };

export function leafWorld(wards: readonly string[], strands: readonly string[]): LeafWorld {
  return { wards, strands, leaves: MONTHS.flatMap((month) => wards.flatMap((ward) => strands.map((strand) => ({ month, ward, strand })))) };
}

/** A count for every leaf: mostly zeros and small numbers, some safe ones. */
export const datasetArbitrary = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 14 }) }), { minLength: LEAVES.length, maxLength: LEAVES.length });

export const queryArbitrary: fc.Arbitrary<Partial<FigureArgs>> = fc.record({
  groupBy: fc.constantFrom<Dimension[]>(['WARD'], ['STRAND'], ['WARD', 'STRAND']),
  granularity: fc.constantFrom(null, 'QUARTER' as const, 'MONTH' as const),
  filter: fc.constantFrom(null, { ward: [WARDS[0]] }, { strand: ['trafficking'] }, { ward: [WARDS[1], WARDS[2]] }),
});

/** Replaces every Gaia referral with `counts` (one per leaf), through the real importer, and releases them to funders. */
export async function importGaiaCounts(dataSource: DataSource, counts: readonly number[]): Promise<void> {
  await dataSource.query('TRUNCATE gaia_referral, figure_revision, import_batch, disclosure_release CASCADE');
  const lines = ['ref,date,strand,ward_code,age_band,sex,referral_source'];
  LEAVES.forEach((leaf, index) => {
    for (let n = 0; n < counts[index]; n += 1) lines.push(`R${index}-${n},${leaf.month}-${String((n % 27) + 1).padStart(2, '0')},${leaf.strand},${leaf.ward},25_34,female,self`);
  });
  const report = await importCsv(dataSource, 'gaia_referrals', csv(...lines));
  if (report.status !== 'imported') throw new Error(`the generated dataset was refused: ${JSON.stringify(report)}`);
  await releaseToFunders(dataSource);
}

/** What an exit published, in the shape of a figures answer; a field the exit did not carry is undefined. */
export interface PublishedFigures {
  total?: number | null;
  suppressed?: boolean;
  rows: readonly {
    period: { start: string; end: string } | null;
    key: readonly { dimension: string; code: string }[];
    value: number | null;
    suppressed: boolean;
  }[];
}

/** Which leaves a row of an answer adds up. */
export function leavesOf(query: Partial<FigureArgs>, period: { start: string; end: string } | null, key: Record<string, string>, world: LeafWorld = DATA_WORLD): number[] {
  const filter = query.filter ?? {};
  return world.leaves.flatMap((leaf, index) => {
    const day = `${leaf.month}-15`;
    if (period && (day < period.start || day > period.end)) return [];
    if (key.WARD !== undefined && key.WARD !== leaf.ward) return [];
    if (key.STRAND !== undefined && key.STRAND !== leaf.strand) return [];
    if (filter.ward && !filter.ward.includes(leaf.ward)) return [];
    if (filter.strand && !filter.strand.includes(leaf.strand)) return [];
    return [index];
  });
}

export type Equation = EqualitySystem['rows'][number];

/**
 * Every figure an answer publishes, as an exact equation over the leaves. With `through` (a
 * release's last month), only released months count, and a row missing from a whole released
 * period is a published 0 (later periods are not listed at all).
 */
export function equations(query: Partial<FigureArgs>, answer: PublishedFigures, through = '9999-12', world: LeafWorld = DATA_WORLD): Equation[] {
  const rows: Equation[] = [];
  const released = (leaves: number[]) => leaves.filter((leaf) => world.leaves[leaf].month <= through);
  const add = (leaves: number[], value: number) => rows.push({ coefs: new Map(released(leaves).map((l) => [l, 1n])), rhs: BigInt(value) });
  if (!answer.suppressed && typeof answer.total === 'number') add(leavesOf(query, null, {}, world), answer.total);
  const seen = new Set<string>();
  for (const row of answer.rows) {
    const key = Object.fromEntries(row.key.map((k) => [k.dimension, k.code]));
    seen.add(`${row.period?.start}|${row.key.map((k) => k.code).join('|')}`);
    if (!row.suppressed && row.value !== null) add(leavesOf(query, row.period, key, world), row.value);
  }
  // A row that is not there is a published zero.
  const periods = answer.rows.length ? [...new Map(answer.rows.map((r) => [r.period?.start, r.period])).values()].filter((p) => !p || p.end.slice(0, 7) <= through) : [];
  const keys = (query.groupBy ?? []).reduce<Record<string, string>[]>((acc, d) => acc.flatMap((k) => (d === 'WARD' ? world.wards : world.strands).map((code) => ({ ...k, [d]: code }))), [{}]);
  for (const period of periods) {
    for (const key of keys) {
      const id = `${period?.start}|${(query.groupBy ?? []).map((d) => key[d]).join('|')}`;
      const leaves = leavesOf(query, period ?? null, key, world);
      if (!seen.has(id) && leaves.length) add(leaves, 0);
    }
  }
  return rows;
}

const compare = (a: Fraction, b: Fraction) => a.num * b.den - b.num * a.den;

export interface SmallCell { name: string; leaves: number[] }

/** Every cell with a breakdown whose true count is small, as the set of leaves it adds up. */
export function smallCells(counts: readonly number[]): SmallCell[] {
  const timeNodes = [...MONTHS.map((m) => [m]), ...[1, 2, 3, 4].map((q) => MONTHS.filter((m) => financialQuarterOf(`${m}-01`) === q)), MONTHS];
  const cells: SmallCell[] = [];
  for (const months of timeNodes) {
    for (const ward of [...WARDS, undefined]) {
      for (const strand of [...STRANDS, undefined]) {
        if (!ward && !strand) continue;
        const leaves = LEAVES.flatMap((l, i) => (months.includes(l.month) && (!ward || l.ward === ward) && (!strand || l.strand === strand) ? [i] : []));
        const value = leaves.reduce((sum, i) => sum + counts[i], 0);
        if (value >= 1 && value < threshold(strand)) cells.push({ name: `${months.length === 1 ? months[0] : months.length === 12 ? 'year' : `${months[0]}…`} ${ward ?? 'all'} ${strand ?? 'all'} = ${value}`, leaves });
      }
    }
  }
  return cells;
}

/**
 * The small cells whose value the equations pin to one number (the least and the greatest value
 * consistent with them meet). Throws when the equations contradict each other: then an exit
 * published something the records do not say.
 */
export function pinnedSmallCells(rows: readonly Equation[], counts: readonly number[]): string[] {
  const system: EqualitySystem = { variables: LEAVES.length, rows };
  const pinned: string[] = [];
  for (const cell of smallCells(counts)) {
    const high = maximise(system, new Map(cell.leaves.map((l) => [l, 1n])));
    const low = maximise(system, new Map(cell.leaves.map((l) => [l, -1n])));
    if (high.status === 'infeasible') throw new Error('the published figures are not consistent with the records');
    if (high.status !== 'optimal' || low.status !== 'optimal') continue; // unbounded above: not pinned
    if (compare(high.value, { num: -low.value.num, den: low.value.den }) === 0n) pinned.push(cell.name);
  }
  return pinned;
}

/** The value a cell of an answer truly has, and the threshold below which it must be withheld. */
export function truthOf(counts: readonly number[], query: Partial<FigureArgs>, period: { start: string; end: string } | null, key: Record<string, string>): { value: number; threshold: number } {
  const value = leavesOf(query, period, key).reduce((sum, i) => sum + counts[i], 0);
  const strands = key.STRAND ? [key.STRAND] : (query.filter?.strand ?? STRANDS);
  return { value, threshold: strands.length === 1 ? threshold(strands[0]) : 5 };
}

/** The range a period label of an answer stands for: "2012-04", "2012/13 Q1" or "2012/13". */
export function periodOfLabel(label: string): { start: string; end: string } {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return periodStartingOn('MONTH', `${label}-01`);
  const year = /^(\d{4})\/\d{2}(?: Q([1-4]))?$/.exec(label);
  if (!year) throw new Error(`not a period label: ${label}`);
  const start = `${year[1]}-04-01`;
  return year[2] ? periodStartingOn('QUARTER', addMonths(start, 3 * (Number(year[2]) - 1))) : periodStartingOn('FINANCIAL_YEAR', start);
}

/** Who asks, for the roles under disclosure control. */
export interface ControlledViewer {
  role: 'funder' | 'councillor';
  wards: string[];
}

/** Each viewer's token, signed on first use (a property run asks for the same few viewers many times). */
export function viewerTokens(sign: (role: ControlledViewer['role'], wards: string[]) => Promise<string>): (viewer: ControlledViewer) => Promise<string> {
  const tokens = new Map<string, Promise<string>>();
  return ({ role, wards }) => {
    const id = `${role}|${wards.join(',')}`;
    if (!tokens.has(id)) tokens.set(id, sign(role, wards));
    return tokens.get(id) as Promise<string>;
  };
}

/** The query a request is answered as: a councillor's ward-level request is limited to their wards (authorizeFigures). */
export function answeredQuery(viewer: ControlledViewer, query: Partial<FigureArgs>): Partial<FigureArgs> {
  const wardLevel = query.groupBy?.includes('WARD') || query.filter?.ward;
  if (viewer.role !== 'councillor' || !wardLevel || query.filter?.ward) return query;
  return { ...query, filter: { ...query.filter, ward: viewer.wards } };
}

/**
 * Every figure of an answer against the records: below borough level a small one must be
 * withheld, and whatever is shown must be exact. Borough figures are never withheld.
 */
export function disclosureProblems(counts: readonly number[], query: Partial<FigureArgs>, published: PublishedFigures): string[] {
  const problems: string[] = [];
  const check = (where: string, shown: number | null, suppressed: boolean, truth: { value: number; threshold: number }, controlled: boolean) => {
    if ((shown === null) !== suppressed) problems.push(`${where} is ${suppressed ? 'marked withheld but shows' : 'not marked withheld but shows'} ${shown}`);
    if (controlled && truth.value >= 1 && truth.value < truth.threshold && shown !== null) problems.push(`${where} shows ${shown}, below ${truth.threshold}`);
    if (shown !== null && shown !== truth.value) problems.push(`${where} shows ${shown}; the records say ${truth.value}`);
  };
  for (const row of published.rows) {
    const key = Object.fromEntries(row.key.map((k) => [k.dimension, k.code]));
    check(`${row.period?.start ?? 'year'} ${JSON.stringify(key)}`, row.value, row.suppressed, truthOf(counts, query, row.period, key), row.key.length > 0 || Boolean(query.filter));
  }
  if (published.total !== undefined) check('the total', published.total, Boolean(published.suppressed), truthOf(counts, query, null, {}), Boolean(query.filter));
  return problems;
}
