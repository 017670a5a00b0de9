import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { SignalTag } from '../../../components/indicators/issue-tags';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { LinkSignalToIssueDocument } from '../../../graphql/generated/graphql';
import { monthInWords } from '../../../lib/financial-periods';
import type { LiveSignal, RegisterIssue } from '../graphql/types';
import { REGISTER_CHANGED } from '../hooks/register-changed';
import { signalName } from './register-entry';
import { DataTable } from '../../../components/data-table';

/** Live signals, each with a chooser of register entries to file it under (linking again moves it). */
export function SignalsToLink({ signals, issues, onDone }: { signals: readonly LiveSignal[]; issues: readonly RegisterIssue[]; onDone: (message: string) => void }) {
  const live = new Map(signals.map((s) => [s.id, s]));
  return (
    <DataTable caption={<>Live signals ({signals.length})</>} headings={['Series', 'Latest month', 'Signal', 'Filed under', 'File it under']} className="app-table--compact" scroll>
      {signals.map((signal, index) => (
        <tr key={signal.id}>
          <th scope="row">
            {signalName(signal.id, live)}
            <span className="app-table__note">{signal.summary}</span>
          </th>
          <td className="app-table__nowrap">{monthInWords(signal.latestPeriod)}</td>
          <td>
            <SignalTag meaning={signal.meaning} direction={signal.direction} />
          </td>
          <td>{signal.linkedIssue?.title ?? 'Not linked'}</td>
          <td>
            <LinkForm signal={signal} issues={issues} index={index} name={signalName(signal.id, live)} onDone={onDone} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function LinkForm({ signal, issues, index, name, onDone }: { signal: LiveSignal; issues: readonly RegisterIssue[]; index: number; name: string; onDone: (message: string) => void }) {
  const [issueId, setIssueId] = useState(signal.linkedIssue?.id ?? issues[0]?.id ?? '');
  const [link, { loading, error }] = useMutation(LinkSignalToIssueDocument, REGISTER_CHANGED);
  const id = `signal-${index + 1}-issue`;
  const title = issues.find((i) => i.id === issueId)?.title ?? '';
  return (
    <form
      className="app-link-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        link({ variables: { signalId: signal.id, issueId } }).then(
          () => onDone(`Linked ${name} to “${title}”.`),
          () => undefined, // shown below, from the hook's error
        );
      }}
    >
      {error !== undefined && <ProblemMessage title="The signal could not be linked" error={error} />}
      <label className="app-visually-hidden" htmlFor={id}>
        Emerging issue to file {name} under
      </label>
      <select id={id} className="app-select" value={issueId} onChange={(event) => setIssueId(event.target.value)}>
        {issues.map((issue) => (
          <option key={issue.id} value={issue.id}>
            {issue.title}
          </option>
        ))}
      </select>
      <button type="submit" className="app-button app-button--secondary" disabled={loading || issueId === signal.linkedIssue?.id}>
        Link<span className="app-visually-hidden"> {name}</span>
      </button>
    </form>
  );
}
