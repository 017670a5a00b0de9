import { describe, expect, it } from '@jest/globals';
import { gapsIn } from './chart-types';

type Row = { quarter: string; counted: number | null; estimate: number | null };
const rows: Row[] = [
  { quarter: 'Q1', counted: null, estimate: null },
  { quarter: 'Q2', counted: null, estimate: null },
  { quarter: 'Q3', counted: null, estimate: 40 },
  { quarter: 'Q4', counted: 12, estimate: null },
];
const categories = [{ key: 'counted' as const, label: 'Counted' }, { key: 'estimate' as const, label: 'Estimated', estimate: true }];

describe('gaps: runs of rows without any figure, for the same reason', () => {
  it('joins neighbouring rows with the same words into one band, and leaves rows with a figure in any category out', () => {
    const words = (row: Row, key: 'counted' | 'estimate') => (key === 'counted' ? (row.counted === null ? 'ward did not exist yet' : undefined) : row.estimate === null ? 'ward did not exist yet' : undefined);
    expect(gapsIn(rows, 'quarter', categories, words)).toEqual([{ from: 'Q1', to: 'Q2', words: 'ward did not exist yet' }]);
  });

  it('starts a new band where the words change, and has none without words', () => {
    const words = (row: Row) => (row.quarter === 'Q1' ? 'not collected' : row.quarter === 'Q2' ? 'not yet' : undefined);
    expect(gapsIn(rows, 'quarter', [categories[0] as (typeof categories)[0]], words)).toEqual([
      { from: 'Q1', to: 'Q1', words: 'not collected' },
      { from: 'Q2', to: 'Q2', words: 'not yet' },
    ]);
    expect(gapsIn(rows, 'quarter', categories, undefined)).toEqual([]);
  });
});
