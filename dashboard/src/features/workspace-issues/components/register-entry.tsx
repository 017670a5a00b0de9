import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmRemoval } from '../../../components/forms/confirm-removal';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { problemOf, problemsFrom, type FormField, type FormProblem } from '../../../components/forms/form-errors';
import { SelectField, TextInput, Textarea } from '../../../components/forms/fields';
import { ISSUE_STATUS } from '../../../components/indicators/issue-tags';
import { IssueSummary, IssueUpdates } from '../../../components/issues/issue-summary';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { AddEmergingIssueUpdateDocument, UnlinkSignalDocument, UpdateEmergingIssueDocument, type EmergingIssueStatus } from '../../../graphql/generated/graphql';
import { inputOf, type LiveSignal, type RegisterIssue } from '../graphql/types';
import { REGISTER_CHANGED } from '../hooks/register-changed';
import { STATUS_CHOICES } from './issue-form';

type Done = (message: string) => void;

/** "Gaia Centre referrals: Trafficking (strand)" for a live signal; the bare id for one no longer live. */
export function signalName(id: string, live: ReadonlyMap<string, LiveSignal>): string {
  const signal = live.get(id);
  return signal ? `${signal.measure.label}: ${signal.label} (${signal.dimension === 'WARD' ? 'ward' : 'strand'})` : id;
}

/** One register entry with what an analyst does to it: change its status, add an update, unlink a signal. */
export function RegisterEntry({
  issue,
  measureName,
  strandName,
  live,
  onEdit,
  onDone,
}: {
  issue: RegisterIssue;
  measureName: (id: string) => string;
  strandName: (code: string) => string;
  live: ReadonlyMap<string, LiveSignal>;
  onEdit: () => void;
  onDone: Done;
}) {
  const headingId = `workspace-issue-${issue.id}-heading`;
  const names = (items: readonly string[], name: (x: string) => string) => (items.length === 0 ? 'None' : items.map(name).join(', '));
  return (
    <article className="app-issue app-workspace-issue" aria-labelledby={headingId}>
      <h3 className="app-heading-m" id={headingId}>
        {issue.title}
      </h3>
      <IssueSummary issue={issue} linkedMeasures={names(issue.linkedMeasures, measureName)} linkedStrands={names(issue.linkedStrands, strandName)} />
      <p className="app-body">
        <button type="button" className="app-link-button" onClick={onEdit}>
          Change the details<span className="app-visually-hidden"> of “{issue.title}”</span>
        </button>
      </p>
      <div className="app-workspace-issue__actions">
        <StatusChange issue={issue} onDone={onDone} />
        <AddUpdate issue={issue} onDone={onDone} />
      </div>
      <FiledSignals issue={issue} live={live} onDone={onDone} />
      <IssueUpdates issue={issue} none="No updates yet. Add the first above." />
    </article>
  );
}

function StatusChange({ issue, onDone }: { issue: RegisterIssue; onDone: Done }) {
  const [status, setStatus] = useState<EmergingIssueStatus>(issue.status);
  const [update, { loading, error }] = useMutation(UpdateEmergingIssueDocument, REGISTER_CHANGED);
  const id = `issue-${issue.id}-status-choice`;
  return (
    <form
      className="app-inline-form"
      noValidate
      aria-label={`Status of “${issue.title}”`}
      onSubmit={(event) => {
        event.preventDefault();
        update({ variables: { id: issue.id, input: { ...inputOf(issue), status } } }).then(
          () => onDone(`Status of “${issue.title}” changed to ${ISSUE_STATUS[status].text.toLowerCase()}.`),
          () => undefined, // shown below, from the hook's error
        );
      }}
    >
      {error !== undefined && <ProblemMessage title="The status could not be changed" error={error} />}
      <SelectField id={id} label="Status" value={status} options={STATUS_CHOICES} onChange={(value) => setStatus(value as EmergingIssueStatus)} />
      <button type="submit" className="app-button app-button--secondary" disabled={loading || status === issue.status}>
        Change status
      </button>
    </form>
  );
}

function AddUpdate({ issue, onDone }: { issue: RegisterIssue; onDone: Done }) {
  const fields = {
    date: { id: `issue-${issue.id}-update-date`, label: 'Date of the update', arguments: ['date'] },
    text: { id: `issue-${issue.id}-update-text`, label: 'What has happened', arguments: ['text'] },
  } satisfies Record<string, FormField>;
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [add, { loading }] = useMutation(AddEmergingIssueUpdateDocument, REGISTER_CHANGED);
  return (
    <form
      className="app-inline-form"
      noValidate
      aria-label={`Add an update to “${issue.title}”`}
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await add({ variables: { id: issue.id, date: date.trim(), text } });
          setProblems([]);
          setDate('');
          setText('');
          onDone(`Update added to “${issue.title}”.`);
        } catch (error) {
          setProblems(problemsFrom(error, fields));
        }
      }}
    >
      <h4 className="app-heading-s">Add an update</h4>
      <ErrorSummary problems={problems} fields={fields} />
      <TextInput id={fields.date.id} label="Date of the update" hint="For example, 2013-10-01." width="medium" value={date} error={problemOf(problems, 'date')} onChange={setDate} />
      <Textarea id={fields.text.id} label="What has happened" rows={3} value={text} error={problemOf(problems, 'text')} onChange={setText} />
      <button type="submit" className="app-button app-button--secondary" disabled={loading}>
        Add the update
      </button>
    </form>
  );
}

function FiledSignals({ issue, live, onDone }: { issue: RegisterIssue; live: ReadonlyMap<string, LiveSignal>; onDone: Done }) {
  const [unlink, { loading, error }] = useMutation(UnlinkSignalDocument, REGISTER_CHANGED);
  return (
    <>
      <h4 className="app-heading-s">Signals filed under this issue</h4>
      {error !== undefined && <ProblemMessage title="The signal could not be unlinked" error={error} />}
      {issue.linkedSignals.length === 0 ? (
        <p className="app-body">None. Link a live signal from the list of signals below.</p>
      ) : (
        <ul className="app-list app-filed-signals">
          {issue.linkedSignals.map((id) => {
            const name = signalName(id, live);
            return (
              <li key={id}>
                <span>
                  {name}
                  {!live.has(id) && <span className="app-secondary-text"> (no longer a live signal)</span>}
                </span>
                <ConfirmRemoval
                  what={`the signal ${name}`}
                  buttonText="Unlink"
                  confirmText="Yes, unlink it"
                  question={`Unlink ${name} from “${issue.title}”?`}
                  busy={loading}
                  onConfirm={() => {
                    unlink({ variables: { signalId: id } }).then(
                      () => onDone(`Unlinked ${name} from “${issue.title}”.`),
                      () => undefined, // shown above, from the hook's error
                    );
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
