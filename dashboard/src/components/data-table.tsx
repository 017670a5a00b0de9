import type { ReactNode } from 'react';

/** A column's heading: its words; numbers are right-aligned (GOV.UK); a column of controls is named for screen readers only. */
export interface ColumnHeading {
  text: ReactNode;
  numeric?: boolean;
  /** Read by screen readers, not shown: "Actions" over a column of buttons. */
  hidden?: boolean;
  className?: string;
}

/**
 * A GOV.UK table: its caption, the column headings, then the rows (`children`) and any `foot`.
 * `scroll` puts it in a box that scrolls sideways; `region` names that box, so a keyboard can reach it
 * and a screen reader says what it is (for tables wider than a phone).
 */
export function DataTable({
  caption,
  headings,
  className,
  scroll = false,
  region,
  describedBy,
  foot,
  children,
}: {
  caption: ReactNode;
  headings: readonly (string | ColumnHeading)[];
  /** Added to app-table: app-table--compact, the page's own. */
  className?: string;
  scroll?: boolean;
  region?: string;
  describedBy?: string;
  foot?: ReactNode;
  children: ReactNode;
}) {
  const table = (
    <table className={className ? `app-table ${className}` : 'app-table'} aria-describedby={describedBy}>
      <caption className="app-table__caption">{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading, index) => {
            const { text, numeric, hidden, className: own } = typeof heading === 'string' ? { text: heading } : heading;
            const classes = [numeric ? 'app-table__numeric' : '', own ?? ''].filter(Boolean).join(' ');
            return (
              <th key={index} scope="col" className={classes || undefined}>
                {hidden ? <span className="app-visually-hidden">{text}</span> : text}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot}
    </table>
  );
  if (region !== undefined) {
    return (
      <div className="app-table-scroll" role="region" aria-label={region} tabIndex={0}>
        {table}
      </div>
    );
  }
  return scroll ? <div className="app-table-scroll">{table}</div> : table;
}
