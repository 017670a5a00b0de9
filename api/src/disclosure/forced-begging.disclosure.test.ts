import { EXPLOITATION_TYPES } from '../datasets/dataset-catalogue';
import type { FigureQuery } from '../figures/figure-query';
import { findMeasure } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { monthsOfFinancialYear } from './cube-axis';
import { DEFAULT_DISCLOSURE_POLICY } from './disclosure-policy';
import type { CellRef } from './disclosure-types';
import { PART_CODE, REST_CODE } from './protection-groups';
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
// The group forced begging would form with Gaia referrals were it released to funders: the structural zeros still hold for it.
const group = { whole: referrals, part: forcedBegging };
const threshold = (measureId: string, codes: CellRef['codes']) => DEFAULT_DISCLOSURE_POLICY.thresholdFor(measureId, { time: '2026-05', codes });

const query = (measure: string, groupBy: FigureQuery['groupBy']): FigureQuery =>
  ({ measure: findMeasure(measure)!, period: 'financialYear', from: '2026-04-01', to: '2027-03-31', granularity: 'MONTH', groupBy, filter: [] });

describe('forced begging has the threshold of trafficking', () => {
  it('in every cell of the measure, whichever breakdown shows it', () => {
    expect(threshold('gaia.trafficking_forced_begging', { WARD: ACRE_LANE })).toBe(10);
    expect(threshold('gaia.trafficking_forced_begging', { AGE_BAND: '18_24' })).toBe(10);
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
