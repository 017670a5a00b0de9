import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { problemOf, problemsFrom, type FormField, type FormProblem } from '../../../components/forms/form-errors';
import { ChoiceGroup, TextInput, Textarea } from '../../../components/forms/fields';
import { ISSUE_STATUS } from '../../../components/indicators/issue-tags';
import { CreateEmergingIssueDocument, UpdateEmergingIssueDocument, type EmergingIssueStatus } from '../../../graphql/generated/graphql';
import { inputOf, type IssueFields, type RegisterIssue } from '../graphql/types';
import { REGISTER_CHANGED } from '../hooks/register-changed';

const ISSUE_FIELDS = {
  title: { id: 'issue-title', label: 'Title', arguments: ['input.title'] },
  description: { id: 'issue-description', label: 'Description', arguments: ['input.description'] },
  firstRaised: { id: 'issue-first-raised', label: 'First raised', arguments: ['input.firstRaised'] },
  status: { id: 'issue-status', label: 'Status', arguments: ['input.status'] },
  linkedMeasures: { id: 'issue-measures', label: 'Measures', arguments: ['input.linkedMeasures'] },
  linkedStrands: { id: 'issue-strands', label: 'Gaia strands', arguments: ['input.linkedStrands'] },
  source: { id: 'issue-source', label: 'Source', arguments: ['input.source'] },
  owner: { id: 'issue-owner', label: 'Owner', arguments: ['input.owner'] },
} satisfies Record<string, FormField>;

const BLANK: IssueFields = { title: '', description: '', firstRaised: '', status: 'WATCHING', linkedMeasures: [], linkedStrands: [], source: '', owner: '' };
export const STATUS_CHOICES = (Object.keys(ISSUE_STATUS) as EmergingIssueStatus[]).map((status) => ({ value: status, text: ISSUE_STATUS[status].text }));

/** A new register entry, or every field of the one being changed (the API replaces them all). */
export function IssueForm({
  editing,
  measures,
  strands,
  onDone,
}: {
  editing: RegisterIssue | null;
  measures: readonly { id: string; label: string }[];
  strands: readonly { code: string; label: string }[];
  onDone: (message: string | null) => void;
}) {
  const [fields, setFields] = useState<IssueFields>(BLANK);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [create, creating] = useMutation(CreateEmergingIssueDocument, REGISTER_CHANGED);
  const [update, updating] = useMutation(UpdateEmergingIssueDocument, REGISTER_CHANGED);
  const set = (change: Partial<IssueFields>) => setFields({ ...fields, ...change });

  useEffect(() => {
    setFields(editing ? inputOf(editing) : BLANK);
    setProblems([]);
    if (editing) heading.current?.focus();
  }, [editing]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { ...fields, firstRaised: fields.firstRaised.trim() };
    try {
      if (editing) await update({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      setProblems([]);
      setFields(BLANK);
      onDone(`${editing ? 'Issue changed' : 'Issue added to the register'}: ${input.title.trim()}.`);
    } catch (error) {
      setProblems(problemsFrom(error, ISSUE_FIELDS));
    }
  }

  return (
    <form className="app-record-form" noValidate onSubmit={submit} aria-labelledby="issue-form-heading">
      <h2 className="app-heading-l" id="issue-form-heading" ref={heading} tabIndex={-1}>
        {editing ? `Change “${editing.title}”` : 'Add an issue'}
      </h2>
      <ErrorSummary problems={problems} fields={ISSUE_FIELDS} />
      <TextInput id={ISSUE_FIELDS.title.id} label="Title" hint="At most 200 characters." value={fields.title} error={problemOf(problems, 'title')} onChange={(title) => set({ title })} />
      <Textarea
        id={ISSUE_FIELDS.description.id}
        label="Description"
        hint="What the concern is and why it matters (at most 5,000 characters)."
        value={fields.description}
        error={problemOf(problems, 'description')}
        onChange={(description) => set({ description })}
      />
      <TextInput
        id={ISSUE_FIELDS.firstRaised.id}
        label="First raised"
        hint="Written year-month-day, for example 2013-09-12."
        width="medium"
        value={fields.firstRaised}
        error={problemOf(problems, 'firstRaised')}
        onChange={(firstRaised) => set({ firstRaised })}
      />
      <ChoiceGroup
        id={ISSUE_FIELDS.status.id}
        legend="Status"
        inline
        choices={STATUS_CHOICES}
        selected={[fields.status]}
        error={problemOf(problems, 'status')}
        onChange={([status]) => set({ status: status as EmergingIssueStatus })}
      />
      <ChoiceGroup
        id={ISSUE_FIELDS.linkedMeasures.id}
        legend="Measures it concerns (optional)"
        multiple
        choices={measures.map((m) => ({ value: m.id, text: m.label }))}
        selected={fields.linkedMeasures}
        error={problemOf(problems, 'linkedMeasures')}
        onChange={(linkedMeasures) => set({ linkedMeasures })}
      />
      <ChoiceGroup
        id={ISSUE_FIELDS.linkedStrands.id}
        legend="Gaia strands it concerns (optional)"
        multiple
        choices={strands.map((s) => ({ value: s.code, text: s.label }))}
        selected={fields.linkedStrands}
        error={problemOf(problems, 'linkedStrands')}
        onChange={(linkedStrands) => set({ linkedStrands })}
      />
      <TextInput
        id={ISSUE_FIELDS.source.id}
        label="Source"
        hint="Where the concern came from, for example Outreach team."
        value={fields.source}
        error={problemOf(problems, 'source')}
        onChange={(source) => set({ source })}
      />
      <TextInput
        id={ISSUE_FIELDS.owner.id}
        label="Owner"
        hint="Who follows it up, for example VAWG Operational Group."
        value={fields.owner}
        error={problemOf(problems, 'owner')}
        onChange={(owner) => set({ owner })}
      />
      <div className="app-button-group">
        <button type="submit" className="app-button" disabled={creating.loading || updating.loading}>
          {editing ? 'Save the issue' : 'Add the issue'}
        </button>
        {editing && (
          <button type="button" className="app-button app-button--secondary" onClick={() => onDone(null)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
