import { ragStatus, type RagInput } from './rag-status';

const higher = (actualToDate: number, samePeriodLastYear: number | null = null, extra: Partial<RagInput> = {}) =>
  ragStatus({ actualToDate, targetToDate: 20, polarity: 'HIGHER_IS_BETTER', samePeriodLastYear, ...extra });
const lower = (actualToDate: number, samePeriodLastYear: number | null = null) =>
  ragStatus({ actualToDate, targetToDate: 20, polarity: 'LOWER_IS_BETTER', samePeriodLastYear });

describe('RAG status (higher is better, target to date 20)', () => {
  it('is green exactly on profile and ahead of it', () => {
    expect(higher(20)).toBe('GREEN');
    expect(higher(25)).toBe('GREEN');
  });

  it('is amber when behind by exactly the 10% tolerance', () => {
    expect(higher(18)).toBe('AMBER');
  });

  it('is red when behind by more than the tolerance with nothing to compare', () => {
    expect(higher(17.9)).toBe('RED');
  });

  it('is amber when behind by more but better than the same period last year', () => {
    expect(higher(15, 12)).toBe('AMBER');
  });

  it('is red when behind by more and no better than last year', () => {
    expect(higher(15, 15)).toBe('RED');
    expect(higher(15, 16)).toBe('RED');
  });

  it('uses the tolerance it is given', () => {
    expect(higher(15, null, { tolerance: 0.25 })).toBe('AMBER');
    expect(higher(19, null, { tolerance: 0 })).toBe('RED');
  });

  it('treats a tolerance boundary that float arithmetic blurs as on the boundary', () => {
    // 0.1 × 30 is 3.0000000000000004 and 0.3 × 70 is 20.999999999999996 in binary.
    expect(ragStatus({ actualToDate: 27, targetToDate: 30, polarity: 'HIGHER_IS_BETTER' })).toBe('AMBER');
    expect(ragStatus({ actualToDate: 49, targetToDate: 70, tolerance: 0.3, polarity: 'HIGHER_IS_BETTER' })).toBe('AMBER');
  });
});

describe('RAG status (lower is better, target to date 20)', () => {
  it('is green at or below the target', () => {
    expect(lower(20)).toBe('GREEN');
    expect(lower(12)).toBe('GREEN');
  });

  it('is amber above the target by no more than the tolerance', () => {
    expect(lower(22)).toBe('AMBER');
  });

  it('is amber above by more but lower than last year', () => {
    expect(lower(25, 30)).toBe('AMBER');
  });

  it('is red above by more and no lower than last year', () => {
    expect(lower(25, 25)).toBe('RED');
    expect(lower(25, 20)).toBe('RED');
    expect(lower(22.1)).toBe('RED');
  });
});

describe('RAG status without a target', () => {
  it('is NONE for an activity-only measure', () => {
    expect(ragStatus({ actualToDate: 5, targetToDate: 20, polarity: 'NO_TARGET', samePeriodLastYear: 1 })).toBe('NONE');
  });

  it('is NONE when no target is set', () => {
    expect(ragStatus({ actualToDate: 5, targetToDate: null, polarity: 'HIGHER_IS_BETTER' })).toBe('NONE');
  });

  it('refuses a negative tolerance and figures that are not numbers', () => {
    expect(() => higher(18, null, { tolerance: -0.1 })).toThrow('tolerance must be a number of 0 or more; got -0.1.');
    expect(() => higher(Number.NaN)).toThrow('actualToDate must be a number; got NaN.');
  });
});
