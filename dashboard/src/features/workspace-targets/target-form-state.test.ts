import { describe, expect, it } from '@jest/globals';
import type { DataCoverage } from '../../graphql/data-coverage';
import { emptyTargetForm, targetInput, type TargetFormState } from './target-form-state';
import { targetYears } from './target-years';

const COUNT = { id: 'police.operations', label: 'Kerb-crawler operations', unit: 'COUNT' as const, polarity: 'HIGHER_IS_BETTER' as const };
const form = (change: Partial<TargetFormState>): TargetFormState => ({ ...emptyTargetForm(COUNT), ...change });

describe('the target form’s input', () => {
  it('sends blanks as absent, so the API applies its defaults (tolerance 0.1, an even profile)', () => {
    expect(targetInput('2013/14', form({ value: '1,200' }), 'COUNT')).toEqual({
      problems: [],
      input: { financialYear: '2013/14', measure: 'police.operations', polarity: 'HIGHER_IS_BETTER', value: 1200, tolerance: null, quarterlyProfile: null, ownerPartner: null, note: null },
    });
  });

  it('sends a profile of four quarters, and no value or profile for activity only', () => {
    expect(targetInput('2013/14', form({ value: '40', profile: ['10', '5', '5', '20'] }), 'COUNT').input?.quarterlyProfile).toEqual([10, 5, 5, 20]);
    expect(targetInput('2013/14', form({ polarity: 'NO_TARGET', value: '40', profile: ['10', '5', '5', '20'] }), 'COUNT').input).toMatchObject({ value: null, quarterlyProfile: null });
  });

  it('refuses what is not a number, and a profile with only some quarters, before asking the API', () => {
    expect(targetInput('2013/14', form({ value: 'lots', tolerance: '10%', profile: ['1', '', '', ''] }), 'COUNT')).toEqual({
      problems: [
        { field: 'value', message: 'Enter the target as a number, like 120' },
        { field: 'tolerance', message: 'Enter the tolerance as a fraction, like 0.1 for 10%' },
        { field: 'profile', message: 'Enter all four quarters of the profile, or leave all four blank for an even profile' },
      ],
    });
  });
});

describe('the years a target can be set for', () => {
  const coverage = { currentFinancialYear: '2013/14', financialYears: ['2011/12', '2012/13', '2013/14'] } as DataCoverage;
  it('are the years with data, the next five, and any year the address names, in order', () => {
    expect(targetYears(coverage, null)).toEqual(['2011/12', '2012/13', '2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19']);
    expect(targetYears(coverage, '2031/32').slice(-1)).toEqual(['2031/32']);
    expect(targetYears(coverage, '2031/33')).toHaveLength(8);
  });
});
