import { describe, expect, it } from '@jest/globals';
import { revisionCells } from './revision-cells';

const rate = { id: 'arrests.women_drug_test_referral_rate', label: 'Drug-test referral rate', unit: 'PERCENT' } as never;

describe('revisionCells', () => {
  it('writes a side with no figure as "no figure", with no change worked out', () => {
    expect(revisionCells({ oldValue: 50, newValue: null, measure: rate })).toEqual({ before: '50%', after: 'no figure', change: 'not comparable' });
    expect(revisionCells({ oldValue: null, newValue: 50, measure: rate })).toEqual({ before: 'no figure', after: '50%', change: 'not comparable' });
  });

  it('writes a change between two figures with its sign', () => {
    expect(revisionCells({ oldValue: 2, newValue: 3, measure: { unit: 'COUNT' } as never })).toEqual({ before: '2', after: '3', change: '+1' });
  });
});
