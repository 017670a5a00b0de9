import { describe, expect, it } from '@jest/globals';
import { nextOrder, sortRows } from './sortable-table-order';

const issues = [
  { line: 10, column: 'ward_code', value: 'E05999999' },
  { line: 2, column: 'date', value: '2012-06-31' },
  { line: 3, column: '', value: '' },
  { line: 2, column: 'ward_code', value: 'E05000420' },
];

describe('sortRows: what a sortable table shows after a header is pressed', () => {
  it('orders numbers as numbers, not as text (line 2 before line 10)', () => {
    expect(sortRows(issues, { value: (r) => r.line }, 'ascending').map((r) => r.line)).toEqual([2, 2, 3, 10]);
    expect(sortRows(issues, { value: (r) => r.line }, 'descending').map((r) => r.line)).toEqual([10, 3, 2, 2]);
  });

  it('keeps rows that tie in the order they came, both ways', () => {
    expect(sortRows(issues, { value: (r) => r.line }, 'ascending').filter((r) => r.line === 2).map((r) => r.column)).toEqual(['date', 'ward_code']);
    expect(sortRows(issues, { value: (r) => r.line }, 'descending').filter((r) => r.line === 2).map((r) => r.column)).toEqual(['date', 'ward_code']);
  });

  it('orders text as people read it, and puts empty cells last whichever way', () => {
    expect(sortRows(issues, { value: (r) => r.column }, 'ascending').map((r) => r.column)).toEqual(['date', 'ward_code', 'ward_code', '']);
    expect(sortRows(issues, { value: (r) => r.column }, 'descending').map((r) => r.column)).toEqual(['ward_code', 'ward_code', 'date', '']);
    expect(sortRows(['Row 10', 'row 9', 'Row 1'], { value: (r) => r }, 'ascending')).toEqual(['Row 1', 'row 9', 'Row 10']);
  });

  it('leaves the rows it was given untouched', () => {
    const before = JSON.stringify(issues);
    sortRows(issues, { value: (r) => r.value }, 'descending');
    expect(JSON.stringify(issues)).toBe(before);
  });
});

describe('nextOrder: pressing a header button', () => {
  it('sorts a new column ascending, and turns the sorted column round', () => {
    expect(nextOrder(null, 'line')).toEqual({ key: 'line', direction: 'ascending' });
    expect(nextOrder({ key: 'line', direction: 'ascending' }, 'line')).toEqual({ key: 'line', direction: 'descending' });
    expect(nextOrder({ key: 'line', direction: 'descending' }, 'line')).toEqual({ key: 'line', direction: 'ascending' });
    expect(nextOrder({ key: 'line', direction: 'descending' }, 'column')).toEqual({ key: 'column', direction: 'ascending' });
  });
});
