import fc from 'fast-check';
import type { Polarity } from '../measures/measure-catalogue';
import type { MonthlyValue, XmrChartOptions } from './spc.types';
import { xmrChart } from './xmr-chart';

/** Consecutive months from April 2012. */
function monthly(values: readonly number[], from = 2012 * 12 + 3): MonthlyValue[] {
  return values.map((value, i) => {
    const month = from + i;
    return { period: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`, value };
  });
}

// Locked baseline: mean 10.5, limits 7.84–13.16.
const BASELINE = [11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10];
const SHIFT_UP = monthly([...BASELINE, 11, 11, 11, 11, 11, 11, 11]);
const SHIFT_DOWN = monthly([...BASELINE, 11, 10, 10, 10, 10, 10, 10, 10]);
const chart = (series: MonthlyValue[], options: Partial<XmrChartOptions> = {}) => xmrChart(series, { polarity: 'HIGHER_IS_BETTER', ...options });

describe('XmR chart points', () => {
  it('gives every point its period, value, mean, limits, segment and status', () => {
    const [first] = chart(monthly([10, 12, 11, 15, 12])).points;
    expect(first).toEqual({
      period: '2012-04', value: 10, mean: 12, upperLimit: 18.65, lowerLimit: 5.35, upperNear: 16.4325, lowerNear: 7.5675,
      segment: 0, limitsStatus: 'trial', specialCauses: [],
    });
  });

  it('draws a lower limit below zero at zero but keeps the raw limit on the segment', () => {
    const result = chart(monthly([1, 4, 0, 3]));
    expect(result.points[0].lowerLimit).toBe(0);
    expect(result.points[0].lowerNear).toBe(0);
    expect(result.segments[0].lowerLimit).toBeCloseTo(-6.866667, 6);
  });

  it('draws raw limits when there is no floor', () => {
    expect(chart(monthly([1, 4, 0, 3]), { floor: null }).points[0].lowerLimit).toBeCloseTo(-6.866667, 6);
  });

  it('shows trial limits on an 11-point series and locked ones from 12', () => {
    expect(new Set(chart(monthly(BASELINE.slice(0, 11))).points.map((p) => p.limitsStatus))).toEqual(new Set(['trial']));
    expect(new Set(chart(monthly(BASELINE)).points.map((p) => p.limitsStatus))).toEqual(new Set(['locked']));
  });

  it('judges a 13th point against the first 12 points\' limits without moving them', () => {
    const result = chart(monthly([...BASELINE, 40]));
    expect(result.points[12]).toMatchObject({ mean: 10.5, upperLimit: 13.16, lowerLimit: 7.84, limitsStatus: 'locked', specialCauses: [{ rule: 'outside_limits', direction: 'high' }] });
    expect(result.points[0].upperLimit).toBe(13.16);
  });
});

describe('breaks in the series', () => {
  // Ends with 9, 10, 11 and carries on 12, 13, 14, 15: seven rising points if nothing separates them.
  const values = [10, 11, 10, 11, 10, 11, 10, 11, 9, 10, 11, 12, 13, 14, 15];
  const series = monthly(values);
  const breakAt = series[11].period;

  it('finds the seven-point trend when there is no break', () => {
    expect(chart(series).points.slice(8).every((p) => p.specialCauses.some((c) => c.rule === 'trend'))).toBe(true);
  });

  it('does not let a trend run across a break', () => {
    expect(chart(series, { breaks: [breakAt] }).points.flatMap((p) => p.specialCauses).filter((c) => c.rule === 'trend')).toEqual([]);
  });

  it('gives the new segment its own mean and trial limits', () => {
    const result = chart(series, { breaks: [breakAt] });
    // 12, 13, 14, 15: mean 13.5, moving ranges all 1 → 13.5 ± 2.66.
    expect(result.segments[1]).toEqual({
      index: 1, firstPeriod: '2013-03', lastPeriod: '2013-06', pointCount: 4,
      mean: 13.5, meanMovingRange: 1, upperLimit: 16.16, lowerLimit: 10.84, upperNear: 15.273, lowerNear: 11.727,
      limitsStatus: 'trial', baselinePoints: 4,
    });
    expect(result.points.map((p) => p.segment)).toEqual([...Array(11).fill(0), ...Array(4).fill(1)]);
    expect(result.segments[0]).toMatchObject({ lastPeriod: '2013-02', pointCount: 11, limitsStatus: 'trial' });
  });

  it('does not let a shift run across a break', () => {
    // The old segment ends with 4 points above its mean; the new one starts with 3 above its own.
    const result = chart(monthly([10, 11, 10, 11, 10, 11, 10, 11, 11, 11, 11, 22, 22, 22, 19, 20, 19, 20]), { breaks: ['2013-03'] });
    expect(result.points.slice(7, 14).every((p) => p.value > p.mean)).toBe(true);
    expect(result.points.flatMap((p) => p.specialCauses).filter((c) => c.rule === 'shift')).toEqual([]);
  });
});

describe('variation icon of the latest point', () => {
  it('is common cause when the latest point is not special', () => {
    expect(chart(monthly(BASELINE)).variation).toBe('common_cause');
  });

  it.each<[Polarity, string, string]>([
    ['HIGHER_IS_BETTER', 'special_cause_improvement', 'special_cause_concern'],
    ['LOWER_IS_BETTER', 'special_cause_concern', 'special_cause_improvement'],
    ['NO_TARGET', 'special_cause_high', 'special_cause_low'],
  ])('follows the polarity %s: a rise is %s, a fall %s', (polarity, rise, fall) => {
    expect(chart(SHIFT_UP, { polarity }).variation).toBe(rise);
    expect(chart(SHIFT_DOWN, { polarity }).variation).toBe(fall);
  });

  it('goes by the level when a fall is still above the upper limit', () => {
    // Falling seven months in a row (trend low) but every point above 13.16 (outside limits high).
    const result = chart(monthly([...BASELINE, 20, 19, 18, 17, 16, 15, 14]));
    expect(result.points[18].specialCauses.map((c) => c.rule + ':' + c.direction)).toEqual(['outside_limits:high', 'shift:high', 'trend:low', 'two_of_three:high']);
    expect(result.variation).toBe('special_cause_improvement');
  });

  it('is not given for an empty series or a lone point after a break', () => {
    expect(chart([]).variation).toBeNull();
    expect(chart(monthly([...BASELINE, 30]), { breaks: ['2013-04'] }).variation).toBeNull();
  });
});

describe('assurance icon', () => {
  it.each<[Polarity, number, string]>([
    ['HIGHER_IS_BETTER', 7, 'consistently_passes'],
    ['HIGHER_IS_BETTER', 14, 'consistently_fails'],
    ['HIGHER_IS_BETTER', 10, 'hit_and_miss'],
    ['HIGHER_IS_BETTER', 13.16, 'hit_and_miss'],
    ['HIGHER_IS_BETTER', 7.84, 'hit_and_miss'],
    ['LOWER_IS_BETTER', 7, 'consistently_fails'],
    ['LOWER_IS_BETTER', 14, 'consistently_passes'],
    ['LOWER_IS_BETTER', 10, 'hit_and_miss'],
  ])('with %s and a target of %d (limits 7.84–13.16) is %s', (polarity, target, icon) => {
    expect(chart(monthly(BASELINE), { polarity, target }).assurance).toBe(icon);
  });

  it('is null without a target or for an activity-only measure', () => {
    expect(chart(monthly(BASELINE)).assurance).toBeNull();
    expect(chart(monthly(BASELINE), { target: null }).assurance).toBeNull();
    expect(chart(monthly(BASELINE), { polarity: 'NO_TARGET', target: 7 }).assurance).toBeNull();
  });

  it('refuses a target that is not a number', () => {
    expect(() => chart(monthly(BASELINE), { target: Number.NaN })).toThrow('Target NaN is not a finite number.');
  });
});

describe('summary sentence', () => {
  const label = 'Gaia Centre referrals';

  it('names an improving shift and its length', () => {
    expect(chart(SHIFT_UP, { label }).summary).toBe('Gaia Centre referrals: special cause variation, an improvement – 7 months in a row above the average.');
  });

  it('names a concerning fall below the lower limit, with the assurance', () => {
    expect(chart(monthly([...BASELINE, 5]), { label, target: 9 }).summary).toBe(
      'Gaia Centre referrals: special cause variation, a concern – the latest month is below the lower process limit; the target will be met in some months and missed in others by chance.',
    );
  });

  it('names a trend for a measure where neither direction is better', () => {
    expect(chart(monthly([...BASELINE, 9, 9.5, 10, 10.5, 11, 11.5, 12]), { label: 'Women arrested for soliciting', polarity: 'NO_TARGET' }).summary).toBe(
      'Women arrested for soliciting: special cause variation, unusually high – 7 months in a row rising.',
    );
  });

  it('says when nothing is unusual', () => {
    expect(chart(monthly(BASELINE), { label, target: 7 }).summary).toBe(
      'Gaia Centre referrals: common cause variation – nothing unusual in the latest month, March 2013; the target will be met every month unless something changes.',
    );
  });

  it('says when there are too few months or none', () => {
    expect(chart(monthly([4]), { label }).summary).toBe('Gaia Centre referrals: too few months since April 2012 to judge variation.');
    expect(chart([], { label }).summary).toBe('Gaia Centre referrals: no figures to chart yet.');
  });
});

describe('invariants', () => {
  it('finds the same special causes when every value is raised by the same amount', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 1000 }), (values, lift) => {
        const causes = (vs: number[]) => chart(monthly(vs)).points.map((p) => p.specialCauses);
        expect(causes(values.map((v) => v + lift))).toEqual(causes(values));
      }),
    );
  });

  it('never changes earlier points\' limits by adding points once the limits are locked', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 12, maxLength: 24 }), fc.integer({ min: 0, max: 500 }), (values, next) => {
        const limits = (vs: number[]) => chart(monthly(vs)).segments[0];
        expect(limits([...values, next])).toMatchObject({ ...limits(values), lastPeriod: expect.any(String), pointCount: values.length + 1 });
      }),
    );
  });
});
