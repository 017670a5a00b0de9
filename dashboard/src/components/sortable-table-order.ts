// How SortableTable orders its rows: apart from the component so it can be tested without a browser.

export type SortValue = string | number | null;
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  key: string;
  direction: SortDirection;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Compares two cells: numbers as numbers, text as people read it ("line 2" before "line 10"); empty cells last either way. */
function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows in a column's order; stable, so rows that tie keep the order they came in. */
export function sortRows<Row>(rows: readonly Row[], column: { value: (row: Row) => SortValue }, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((x, y) => {
      const xEmpty = x.value === null || x.value === '';
      const yEmpty = y.value === null || y.value === '';
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? x.index - y.index : xEmpty ? 1 : -1;
      return sign * compare(x.value, y.value) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** The order after a header button is pressed: a new column ascending; the same column turned round. */
export function nextOrder(current: SortOrder | null, key: string): SortOrder {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

