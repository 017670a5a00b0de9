import { useState, type ReactNode } from 'react';
import { nextOrder, sortRows, type SortOrder, type SortValue } from './sortable-table-order';
import './sortable-table.css';

export type { SortDirection, SortOrder, SortValue } from './sortable-table-order';

export interface SortableColumn<Row> {
  key: string;
  header: string;
  /** What the column sorts by and, without `render`, shows. */
  value: (row: Row) => SortValue;
  render?: (row: Row) => ReactNode;
  /** Right-aligned, as GOV.UK tables align numbers. */
  numeric?: boolean;
  /** The cell that names its row (a th scope="row"). */
  rowHeader?: boolean;
}

/**
 * A table whose column headers are buttons that sort it (the GOV.UK sortable table pattern): the
 * sorted column says so in aria-sort, and a live caption note tells screen-reader users the new order.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialOrder = null,
  className,
}: {
  caption: ReactNode;
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialOrder?: SortOrder | null;
  className?: string;
}) {
  const [order, setOrder] = useState<SortOrder | null>(initialOrder);
  const sortedBy = order ? columns.find((c) => c.key === order.key) : undefined;
  const shown = order && sortedBy ? sortRows(rows, sortedBy, order.direction) : rows;
  return (
    <div className="app-table-scroll">
      <table className={`app-table app-table--compact app-sortable-table${className ? ` ${className}` : ''}`}>
        <caption className="app-table__caption">
          {caption}
          <span className="app-visually-hidden" aria-live="polite">
            {order && sortedBy ? ` Sorted by ${sortedBy.header}, ${order.direction}.` : ''}
          </span>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'app-table__numeric' : undefined}
                aria-sort={order?.key === column.key ? order.direction : 'none'}
              >
                <button type="button" className="app-sortable-table__button" onClick={() => setOrder(nextOrder(order, column.key))}>
                  {column.header}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const content = column.render ? column.render(row) : column.value(row);
                const className = column.numeric ? 'app-table__numeric' : undefined;
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
