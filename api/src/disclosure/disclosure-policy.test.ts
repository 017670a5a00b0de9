import { MEASURES } from '../measures/measure-catalogue';
import { isControlledRole } from './disclosure-control';
import { disclosurePolicy } from './disclosure-policy';
import { SUPPRESSED_LEGEND, SUPPRESSED_SYMBOL } from './suppressed-value';

describe('disclosure policy', () => {
  const policy = disclosurePolicy();

  it('withholds counts below 5 by default and below 10 for the sensitive strands', () => {
    expect(policy.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { WARD: 'E05000416' } })).toBe(5);
    expect(policy.thresholdFor('gaia.referrals', { time: 'Q1', codes: { STRAND: 'domestic_violence' } })).toBe(5);
    for (const strand of ['fgm', 'forced_marriage', 'honour_based_violence', 'trafficking']) {
      expect(policy.thresholdFor('gaia.referrals', { time: '2012-04', codes: { STRAND: strand, WARD: 'E05000416' } })).toBe(10);
    }
  });

  it('takes thresholds by measure and by strand, and a strand can only raise the bar', () => {
    const configured = disclosurePolicy({
      threshold: 6,
      strandThresholds: { stalking: 8, fgm: 3 },
      measures: { 'arrests.men_buying': { threshold: 3 }, 'gaia.referrals': { strandThresholds: { sexual_violence: 12 } } },
    });
    expect(configured.thresholdFor('police.warning_letters', { time: 'YEAR', codes: { WARD: 'x' } })).toBe(6);
    expect(configured.thresholdFor('arrests.men_buying', { time: 'YEAR', codes: { WARD: 'x' } })).toBe(3);
    expect(configured.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { STRAND: 'stalking' } })).toBe(8);
    expect(configured.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { STRAND: 'sexual_violence' } })).toBe(12);
    expect(configured.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { STRAND: 'fgm' } })).toBe(6);
  });

  it('refuses a threshold that is not a whole number of at least 1', () => {
    expect(() => disclosurePolicy({ threshold: 0 })).toThrow('Disclosure policy: threshold must be a whole number of at least 1, not 0');
    expect(() => disclosurePolicy({ measures: { 'gaia.referrals': { strandThresholds: { fgm: 2.5 } } } }))
      .toThrow('Disclosure policy: measures["gaia.referrals"].strandThresholds.fgm must be a whole number of at least 1, not 2.5');
  });

  it('controls funders and councillors, not analysts or members', () => {
    expect(isControlledRole('funder')).toBe(true);
    expect(isControlledRole('councillor')).toBe(true);
    expect(isControlledRole('analyst')).toBe(false);
    expect(isControlledRole('member')).toBe(false);
  });

  it('controls the measures that count people', () => {
    const controlled = MEASURES.filter((measure) => measure.countsPeople).map((m) => m.id);
    expect(controlled).not.toContain('police.operations');
    expect(controlled).toContain('gaia.referrals');
  });

  it('shows a withheld value as [c] with the ONS legend', () => {
    expect(SUPPRESSED_SYMBOL).toBe('[c]');
    expect(SUPPRESSED_LEGEND).toBe('[c] confidential: a small number withheld to protect individuals');
  });
});
