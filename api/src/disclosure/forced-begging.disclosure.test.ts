import { EXPLOITATION_TYPES } from '../datasets/dataset-catalogue';
import type { FigureQuery } from '../figures/figure-query';
import { findMeasure } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { monthsOfFinancialYear } from './cube-axis';
import { protectionViews, type MeasureView } from './disclose-figures';
import { DEFAULT_DISCLOSURE_POLICY } from './disclosure-policy';
import type { CellRef, LeafCount } from './disclosure-types';
import { PART_CODE, protectionGroupOf, REST_CODE } from './protection-groups';
import { impossibleLeaf, possibleCodes } from './structural-zeros';

const [ACRE_LANE, BRIXTON_NORTH, RUSH_COMMON] = ['E05014095', 'E05014096', 'E05014097'];
const WARDS = [ACRE_LANE, BRIXTON_NORTH, RUSH_COMMON];
const reference: ReferenceCatalogue = {
  wards: new Map(WARDS.map((code) => [code, { code, name: code, validFrom: '2022-05-05', validTo: null }])),
  strands: new Map(['domestic_violence', 'fgm', 'trafficking'].map((code) => [code, { code, label: code }])),
};
const MONTHS = monthsOfFinancialYear(2026);
const referrals = findMeasure('gaia.referrals')!;
const forcedBegging = findMeasure('gaia.trafficking_forced_begging')!;
const group = protectionGroupOf(forcedBegging);
const threshold = (measureId: string, codes: CellRef['codes']) => DEFAULT_DISCLOSURE_POLICY.thresholdFor(measureId, { time: '2026-05', codes });

const query = (measure: string, groupBy: FigureQuery['groupBy']): FigureQuery =>
  ({ measure: findMeasure(measure)!, period: 'financialYear', from: '2026-04-01', to: '2027-03-31', granularity: 'MONTH', groupBy, filter: [] });

describe('forced begging has the threshold of trafficking', () => {
  it('in every cell of the measure, whichever breakdown shows it', () => {
    expect(threshold('gaia.trafficking_forced_begging', { WARD: ACRE_LANE })).toBe(10);
    expect(threshold('gaia.trafficking_forced_begging', { AGE_BAND: '18_24' })).toBe(10);
    // Audited with Gaia referrals, it is the part on the MEASURE axis: the part is trafficking, the rest is not only.
    expect(threshold('gaia.referrals', { WARD: ACRE_LANE, MEASURE: PART_CODE })).toBe(10);
    expect(threshold('gaia.referrals', { WARD: ACRE_LANE, MEASURE: REST_CODE })).toBe(5);
  });

  it('in every cell with a recorded exploitation type, since only trafficking referrals have one', () => {
    for (const type of EXPLOITATION_TYPES) expect(threshold('gaia.referrals', { EXPLOITATION_TYPE: type })).toBe(10);
    expect(threshold('gaia.referrals', { EXPLOITATION_TYPE: 'not_recorded' })).toBe(5);
    expect(threshold('gaia.referrals', { EXPLOITATION_TYPE: 'not_recorded', STRAND: 'trafficking' })).toBe(10);
    expect(threshold('gaia.referrals', { WARD: ACRE_LANE })).toBe(5);
  });
});

describe('structural zeros of the exploitation type', () => {
  it('takes the codes from the contract (not recorded is a code of its own) and from the measure', () => {
    expect(possibleCodes(referrals, 'EXPLOITATION_TYPE', reference)).toEqual([...EXPLOITATION_TYPES, 'not_recorded']);
    expect(possibleCodes(forcedBegging, 'EXPLOITATION_TYPE', reference)).toEqual(['forced_begging']);
    expect(possibleCodes(forcedBegging, 'STRAND', reference)).toEqual(['trafficking']);
  });

  it('knows a type other than "not recorded" is impossible outside trafficking, and where the part or the rest must be 0', () => {
    expect(group).toEqual({ whole: referrals, part: forcedBegging });
    const impossible = impossibleLeaf(reference, group);
    // The contract: an exploitation type only with strand trafficking.
    expect(impossible('2026-05', { STRAND: 'fgm', EXPLOITATION_TYPE: 'labour', MEASURE: REST_CODE })).toBe(true);
    expect(impossible('2026-05', { STRAND: 'fgm', EXPLOITATION_TYPE: 'not_recorded', MEASURE: REST_CODE })).toBe(false);
    expect(impossible('2026-05', { STRAND: 'trafficking', EXPLOITATION_TYPE: 'labour', MEASURE: REST_CODE })).toBe(false);
    // The part (forced begging) is trafficking with type forced begging, nothing else.
    expect(impossible('2026-05', { WARD: ACRE_LANE, STRAND: 'fgm', MEASURE: PART_CODE })).toBe(true);
    expect(impossible('2026-05', { WARD: ACRE_LANE, STRAND: 'trafficking', MEASURE: PART_CODE })).toBe(false);
    expect(impossible('2026-05', { EXPLOITATION_TYPE: 'labour', MEASURE: PART_CODE })).toBe(true);
    // Every referral for forced begging is in the part, so the rest has none.
    expect(impossible('2026-05', { EXPLOITATION_TYPE: 'forced_begging', MEASURE: REST_CODE })).toBe(true);
    expect(impossible('2026-05', { EXPLOITATION_TYPE: 'forced_begging', MEASURE: PART_CODE })).toBe(false);
    // Ward lifetimes still apply.
    expect(impossible('2022-04', { WARD: ACRE_LANE, STRAND: 'trafficking', MEASURE: PART_CODE })).toBe(true);
  });
});

describe('Gaia referrals and forced begging protected as one table', () => {
  // Every month: 30 domestic violence and 15 trafficking referrals in each ward; Acre Lane's trafficking
  // referrals include 3 for forced begging, 12 in January.
  const whole: LeafCount[] = MONTHS.flatMap((month) => WARDS.flatMap((WARD) => [
    { month, codes: { WARD, STRAND: 'domestic_violence' }, count: 30 },
    { month, codes: { WARD, STRAND: 'trafficking' }, count: 15 },
  ]));
  const part: LeafCount[] = MONTHS.map((month) => ({ month, codes: { WARD: ACRE_LANE, STRAND: 'trafficking' }, count: month === '2027-01' ? 12 : 3 }));
  let referralsView: MeasureView;
  let forcedBeggingView: MeasureView;
  beforeAll(() => {
    [referralsView] = protectionViews(query('gaia.referrals', ['WARD', 'STRAND']), whole, part, reference);
    [forcedBeggingView] = protectionViews(query('gaia.trafficking_forced_begging', ['WARD']), whole, part, reference);
  });
  const asPart = (cell: CellRef): CellRef => ({ ...cell, codes: { ...cell.codes, MEASURE: PART_CODE } });

  it('withholds forced begging in a ward below 10, and never publishes both figures whose difference is 1 to 9', () => {
    expect(forcedBeggingView.measureCode).toBe(PART_CODE);
    const may = { time: '2026-05', codes: { WARD: ACRE_LANE } };
    expect(forcedBeggingView.pattern.isSuppressed(asPart(may))).toBe(true);
    // In January 12 of Acre Lane's 15 trafficking referrals were for forced begging: 12 is not small, but 15 − 12 is.
    const january = { time: '2027-01', codes: { WARD: ACRE_LANE } };
    const trafficking = { ...january, codes: { ...january.codes, STRAND: 'trafficking' } };
    expect(referralsView.pattern.isSuppressed(trafficking) || forcedBeggingView.pattern.isSuppressed(asPart(january))).toBe(true);
    const pinned = MONTHS.flatMap((time) => WARDS.flatMap((WARD) => {
      const trafficking = referralsView.pattern.publishedValue({ time, codes: { WARD, STRAND: 'trafficking' } });
      const begging = forcedBeggingView.pattern.publishedValue(asPart({ time, codes: { WARD } }));
      return trafficking !== null && begging !== null && trafficking - begging >= 1 && trafficking - begging < 10 ? [`${time} ${WARD}`] : [];
    }));
    expect(pinned).toEqual([]);
  });

  it('never withholds a cell everyone knows to be 0, and publishes the large cells', () => {
    const withheld = referralsView.pattern.suppressedCells();
    expect(withheld.filter((cell) => cell.codes.MEASURE === PART_CODE && cell.codes.STRAND !== undefined && cell.codes.STRAND !== 'trafficking')).toEqual([]);
    expect(referralsView.pattern.isSuppressed({ time: '2026-05', codes: { WARD: BRIXTON_NORTH, STRAND: 'domestic_violence' } })).toBe(false);
    expect(referralsView.pattern.isSuppressed({ time: '2026-05', codes: { WARD: RUSH_COMMON } })).toBe(false);
  });

  it('publishes a figure the borough figures already give, rather than withholding the whole table for it', () => {
    // Forced begging in all wards by strand: every strand but trafficking is 0, so its trafficking cell is its borough figure (3).
    expect(referralsView.pattern.isSuppressed(asPart({ time: '2026-05', codes: { STRAND: 'trafficking' } }))).toBe(false);
    expect(referralsView.pattern.publishedValue(asPart({ time: '2026-05', codes: { STRAND: 'trafficking' } }))).toBe(3);

    const byType: LeafCount[] = MONTHS.flatMap((month) => [
      { month, codes: { EXPLOITATION_TYPE: 'not_recorded' }, count: 90 },
      { month, codes: { EXPLOITATION_TYPE: 'labour' }, count: month === '2026-05' ? 7 : 27 },
      { month, codes: { EXPLOITATION_TYPE: 'criminal' }, count: month === '2026-05' ? 3 : 0 },
      { month, codes: { EXPLOITATION_TYPE: 'forced_begging' }, count: 3 },
    ]);
    const beggingByType: LeafCount[] = MONTHS.map((month) => ({ month, codes: { EXPLOITATION_TYPE: 'forced_begging' }, count: 3 }));
    const [view] = protectionViews(query('gaia.referrals', ['EXPLOITATION_TYPE']), byType, beggingByType, reference);
    const cell = (time: string, type: string): CellRef => ({ time, codes: { EXPLOITATION_TYPE: type } });
    // Forced begging is the measure's borough figure, published anyway; labour at 7 and criminal at 3 are withheld.
    expect(view.pattern.publishedValue(cell('2026-05', 'forced_begging'))).toBe(3);
    expect(view.pattern.isSuppressed(cell('2026-05', 'labour'))).toBe(true);
    expect(view.pattern.isSuppressed(cell('2026-05', 'criminal'))).toBe(true);
    expect(view.pattern.publishedValue(cell('2026-06', 'labour'))).toBe(27);
  });
});
