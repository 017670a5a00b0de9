import type { ComponentProps } from 'react';
import { paths } from '../../app/paths';
import { monthInWords } from '../../lib/financial-periods';
import { SignalTag } from '../indicators/issue-tags';
import { DataTable } from '../data-table';

/** What the table shows of a signal: the issues page's and the review's questions both answer with these. */
export interface SignalRow {
  id: string;
  dimension: string;
  code: string;
  label: string;
  latestPeriod: string;
  meaning: ComponentProps<typeof SignalTag>['meaning'];
  direction: ComponentProps<typeof SignalTag>['direction'];
  summary: string;
  measure: { id: string; label: string };
  linkedIssue?: { id: string; title: string } | null;
}

const DIMENSION_NOUN: Partial<Record<string, string>> = { STRAND: 'strand', WARD: 'ward' };

/** "Trafficking strand", "Oval ward". */
function seriesName(signal: SignalRow): string {
  const noun = DIMENSION_NOUN[signal.dimension];
  return noun ? `${signal.label} ${noun}` : signal.label;
}

function chartLink(signal: SignalRow): string {
  const filter = signal.dimension === 'STRAND' ? { strand: signal.code } : signal.dimension === 'WARD' ? { ward: signal.code } : {};
  return paths.measure(signal.measure.id, filter);
}

/**
 * Ranked signals: each names its series, links to that series' chart, says what changed, and
 * (when `withLinkedIssue`) which register entry follows it up.
 */
export function SignalsTable({ signals, caption, withLinkedIssue }: { signals: readonly SignalRow[]; caption: string; withLinkedIssue: boolean }) {
  return (
    <DataTable
      caption={caption}
      headings={[{ text: 'Rank', numeric: true }, 'Series', 'Latest month', 'Signal', 'What the figures show', 'Emerging issue']}
      className="app-table--compact"
      region={caption}
    >
      {signals.map((signal, index) => (
        <tr key={signal.id}>
          <td className="app-table__numeric">{index + 1}</td>
          <th scope="row">
            <a className="app-link" href={chartLink(signal)}>
              {signal.measure.label}: {seriesName(signal)}
            </a>
          </th>
          <td className="app-table__nowrap">{monthInWords(signal.latestPeriod)}</td>
          <td>
            <SignalTag meaning={signal.meaning} direction={signal.direction} />
          </td>
          <td>{signal.summary}</td>
          {withLinkedIssue && (
            <td>
              {signal.linkedIssue ? (
                <a className="app-link" href={paths.issue(signal.linkedIssue.id)}>
                  {signal.linkedIssue.title}
                </a>
              ) : (
                'Not linked'
              )}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
