import { ARREST_AGE_BANDS, GAIA_AGE_BANDS } from '../datasets/dataset-catalogue';
import type { FigureQuery } from '../figures/figure-query';
import { findMeasure } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { buildDisclosureCube } from './build-disclosure-cube';
import { protectionViews } from '../figures/disclose-figures';
import { findDeterminedCells } from './disclosure-auditor';
import type { CellRef, LeafCount } from './disclosure-types';
import { PART_CODE, protectionGroupOf } from './protection-groups';
import { impossibleLeaf, possibleCodes } from './structural-zeros';

const WARDS = ['E05000416', 'E05000417', 'E05000418'];
const reference: ReferenceCatalogue = {
  wards: new Map(WARDS.map((code) => [code, { code, name: code, validFrom: '2002-05-02', validTo: '2022-05-04' }])),
  strands: new Map([['trafficking', { code: 'trafficking', label: 'Trafficking' }]]),
};
const MONTHS = ['2012-04', '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12', '2013-01', '2013-02', '2013-03'];
const soliciting = findMeasure('arrests.women_soliciting')!;
const referred = findMeasure('arrests.women_drug_test_referred')!;

const query = (measureId: string, groupBy: FigureQuery['groupBy']): FigureQuery =>
  ({ measure: findMeasure(measureId)!, period: 'financialYear', from: '2012-04-01', to: '2013-03-31', granularity: 'MONTH', groupBy, filter: [] });

/** Every cell of the ward × age band lattice, each time level. */
function cells(): CellRef[] {
  const times = ['YEAR', 'Q1', 'Q2', 'Q3', 'Q4', ...MONTHS];
  return times.flatMap((time) => [undefined, ...WARDS].flatMap((WARD) => [undefined, ...ARREST_AGE_BANDS].flatMap((AGE_BAND) => {
    if (!WARD && !AGE_BAND) return [];
    return [{ time, codes: { ...(WARD ? { WARD } : {}), ...(AGE_BAND ? { AGE_BAND } : {}) } }];
  })));
}

describe('a measure and its subset are protected as one table', () => {
  // Every ward, every month, 25 to 34: 12 arrested, 12 referred. In Brixton Hill in June, 18 to 24: 6 arrested, 5 referred.
  const arrested: LeafCount[] = MONTHS.flatMap((month) => WARDS.map((WARD) => ({ month, codes: { WARD, AGE_BAND: '25_34' }, count: 12 })));
  const referredLeaves: LeafCount[] = arrested.map((leaf) => ({ ...leaf }));
  arrested.push({ month: '2012-06', codes: { WARD: WARDS[1], AGE_BAND: '18_24' }, count: 6 });
  referredLeaves.push({ month: '2012-06', codes: { WARD: WARDS[1], AGE_BAND: '18_24' }, count: 5 });

  it('groups the drug-test measures and the rate from the catalogue', () => {
    for (const id of ['arrests.women_soliciting', 'arrests.women_drug_test_referred', 'arrests.women_drug_test_referral_rate']) {
      expect(protectionGroupOf(findMeasure(id)!)).toEqual({ whole: soliciting, part: referred });
    }
    // Forced begging is the operational group's (never released to funders): nothing to audit beside Gaia referrals.
    expect(protectionGroupOf(findMeasure('gaia.referrals')!)).toEqual({ whole: findMeasure('gaia.referrals') });
    expect(protectionGroupOf(findMeasure('gaia.trafficking_forced_begging')!)).toEqual({ whole: findMeasure('gaia.trafficking_forced_begging') });
    expect(protectionGroupOf(findMeasure('arrests.men_buying')!)).toEqual({ whole: findMeasure('arrests.men_buying') });
  });

  it('never publishes both figures of a cell whose difference ("arrested, not referred") is 1 to 4', () => {
    const [view] = protectionViews(query('arrests.women_soliciting', ['WARD', 'AGE_BAND']), arrested, referredLeaves, reference);
    const pinnedDifferences = cells().flatMap((cell) => {
      const whole = view.pattern.publishedValue(cell);
      const part = view.pattern.publishedValue({ ...cell, codes: { ...cell.codes, MEASURE: PART_CODE } });
      return whole !== null && part !== null && whole - part >= 1 && whole - part <= 4 ? [`${cell.time} ${JSON.stringify(cell.codes)}: ${whole} − ${part}`] : [];
    });
    expect(pinnedDifferences).toEqual([]);
    // Both June figures are 5 or more, so neither is small; one of them is withheld all the same (and the rate with it).
    const june = { time: '2012-06', codes: { WARD: WARDS[1], AGE_BAND: '18_24' } };
    const juneReferred = { ...june, codes: { ...june.codes, MEASURE: PART_CODE } };
    expect(view.pattern.isSuppressed(june) || view.pattern.isSuppressed(juneReferred)).toBe(true);
  });

  it('leaves the remainder undetermined by every published figure of both measures together', () => {
    const views = protectionViews(query('arrests.women_drug_test_referred', ['WARD', 'AGE_BAND']), arrested, referredLeaves, reference);
    const { pattern } = views[0];
    const dimensions = [
      { dimension: 'WARD' as const, codes: possibleCodes(soliciting, 'WARD', reference) },
      { dimension: 'AGE_BAND' as const, codes: possibleCodes(soliciting, 'AGE_BAND', reference) },
      { dimension: 'MEASURE' as const, codes: [PART_CODE, 'rest'] },
    ];
    const leaves = [
      ...referredLeaves.map((l) => ({ ...l, codes: { ...l.codes, MEASURE: PART_CODE } })),
      { month: '2012-06', codes: { WARD: WARDS[1], AGE_BAND: '18_24', MEASURE: 'rest' }, count: 1 },
    ];
    const cube = buildDisclosureCube('2012/13', dimensions, leaves);
    const rest = cube.indexOf({ time: '2012-06', codes: { WARD: WARDS[1], AGE_BAND: '18_24', MEASURE: 'rest' } });
    // The rest is never published itself, except where the borough figures give it.
    const published = (cell: number) => cube.isBorough(cell) || (cube.cellRef(cell).codes.MEASURE !== 'rest' && !pattern.isSuppressed(cube.cellRef(cell)));
    expect(findDeterminedCells(cube, published, [rest])).toEqual([]);
  });
});

describe('structural zeros are known, never cover', () => {
  it('takes the codes a measure can have from the import contract and its own conditions', () => {
    expect(possibleCodes(soliciting, 'AGE_BAND', reference)).toEqual([...ARREST_AGE_BANDS]);
    expect(possibleCodes(soliciting, 'SEX', reference)).toEqual(['female']);
    expect(possibleCodes(soliciting, 'WARD', reference)).toEqual(WARDS);
    expect(possibleCodes(findMeasure('gaia.referrals')!, 'WARD', reference)).toEqual([...WARDS, 'unknown']);
  });

  it('puts on a year\'s ward axis only the wards that exist in that year (two sets in the year of a boundary change)', () => {
    const later = { code: 'E05014095', name: 'Brixton Acre Lane', validFrom: '2022-05-05', validTo: null };
    const twoSets: ReferenceCatalogue = { ...reference, wards: new Map([...reference.wards, [later.code, later]]) };
    const year = (start: number) => ({ start: `${start}-04-01`, end: `${start + 1}-03-31` });
    expect(possibleCodes(soliciting, 'WARD', twoSets, year(2012))).toEqual(WARDS);
    expect(possibleCodes(soliciting, 'WARD', twoSets, year(2022))).toEqual([...WARDS, later.code]);
    expect(possibleCodes(findMeasure('gaia.referrals')!, 'WARD', twoSets, year(2025))).toEqual([later.code, 'unknown']);
  });

  it('withholds no age band arrests cannot have, and a small cell stays protected when everyone knows those bands are 0', () => {
    // One ward, one month: 3 women aged 18 to 24, nobody else. Gaia's bands (13 to 17, 45 to 54, 55 and over) are 0 by contract.
    const leaves: LeafCount[] = [{ month: '2012-04', codes: { WARD: WARDS[0], AGE_BAND: '18_24' }, count: 3 }];
    const [view] = protectionViews(query('arrests.women_soliciting', ['AGE_BAND']), leaves, [], reference);
    const gaiaOnly = GAIA_AGE_BANDS.filter((band) => !(ARREST_AGE_BANDS as readonly string[]).includes(band));
    expect(view.pattern.suppressedCells().filter((cell) => gaiaOnly.includes(cell.codes.AGE_BAND as never))).toEqual([]);

    // The attacker's view: every band of either dataset, Gaia's only ones published as 0.
    const allBands = [...new Set([...ARREST_AGE_BANDS, ...GAIA_AGE_BANDS])];
    const cube = buildDisclosureCube('2012/13', [{ dimension: 'WARD', codes: WARDS }, { dimension: 'AGE_BAND', codes: allBands }], leaves);
    const published = (cell: number) => {
      const band = cube.cellRef(cell).codes.AGE_BAND;
      return cube.isBorough(cell) || (band !== undefined && gaiaOnly.includes(band as never)) || !view.pattern.isSuppressed(cube.cellRef(cell));
    };
    const small = cube.indexOf({ time: '2012-04', codes: { WARD: WARDS[0], AGE_BAND: '18_24' } });
    expect(findDeterminedCells(cube, published, [small])).toEqual([]);
  });

  it('knows a ward has no records outside the dates its boundaries existed', () => {
    const impossible = impossibleLeaf(reference, protectionGroupOf(soliciting));
    expect(impossible('2022-05', { WARD: WARDS[0] })).toBe(false);
    expect(impossible('2022-06', { WARD: WARDS[0] })).toBe(true);
    expect(impossible('2002-04', { WARD: WARDS[0] })).toBe(true);
    expect(impossible('2022-06', { WARD: 'unknown' })).toBe(false);
  });
});
