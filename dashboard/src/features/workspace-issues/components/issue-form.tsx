import { useMutation } from '@apollo/client/react';
import type { FormField } from '../../../components/forms/form-errors';
import { ChoiceGroup, TextInput, Textarea } from '../../../components/forms/fields';
import { RecordForm, useRecordForm } from '../../../components/forms/record-form';
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
  const form = useRecordForm({ editing, blank: BLANK, valuesOf: inputOf, fields: ISSUE_FIELDS });
  const [create, creating] = useMutation(CreateEmergingIssueDocument, REGISTER_CHANGED);
  const [update, updating] = useMutation(UpdateEmergingIssueDocument, REGISTER_CHANGED);
  const { values: fields, set } = form;

  function submit() {
    const input = { ...fields, firstRaised: fields.firstRaised.trim() };
    void form.submit(
      () => (editing ? update({ variables: { id: editing.id, input } }) : create({ variables: { input } })),
      () => onDone(`${editing ? 'Issue changed' : 'Issue added to the register'}: ${input.title.trim()}.`),
    );
  }

  return (
    <RecordForm
      id="issue-form"
      form={form}
      fields={ISSUE_FIELDS}
      heading={editing ? `Change “${editing.title}”` : 'Add an issue'}
      level={2}
      editing={editing !== null}
      submitText={editing ? 'Save the issue' : 'Add the issue'}
      busy={creating.loading || updating.loading}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <TextInput id={ISSUE_FIELDS.title.id} label="Title" hint="At most 200 characters." value={fields.title} error={form.problemOf('title')} onChange={(title) => set({ title })} />
      <Textarea
        id={ISSUE_FIELDS.description.id}
        label="Description"
        hint="What the concern is and why it matters (at most 5,000 characters)."
        value={fields.description}
        error={form.problemOf('description')}
        onChange={(description) => set({ description })}
      />
      <TextInput
        id={ISSUE_FIELDS.firstRaised.id}
        label="First raised"
        hint="Written year-month-day, for example 2013-09-12."
        width="medium"
        value={fields.firstRaised}
        error={form.problemOf('firstRaised')}
        onChange={(firstRaised) => set({ firstRaised })}
      />
      <ChoiceGroup
        id={ISSUE_FIELDS.status.id}
        legend="Status"
        inline
        choices={STATUS_CHOICES}
        selected={[fields.status]}
        error={form.problemOf('status')}
        onChange={([status]) => set({ status: status as EmergingIssueStatus })}
      />
      <ChoiceGroup
        id={ISSUE_FIELDS.linkedMeasures.id}
        legend="Measures it concerns (optional)"
        multiple
        choices={measures.map((m) => ({ value: m.id, text: m.label }))}
        selected={fields.linkedMeasures}
        error={form.problemOf('linkedMeasures')}
        onChange={(linkedMeasures) => set({ linkedMeasures })}
      />
      <ChoiceGroup
        id={ISSUE_FIELDS.linkedStrands.id}
        legend="Gaia strands it concerns (optional)"
        multiple
        choices={strands.map((s) => ({ value: s.code, text: s.label }))}
        selected={fields.linkedStrands}
        error={form.problemOf('linkedStrands')}
        onChange={(linkedStrands) => set({ linkedStrands })}
      />
      <TextInput
        id={ISSUE_FIELDS.source.id}
        label="Source"
        hint="Where the concern came from, for example Outreach team."
        value={fields.source}
        error={form.problemOf('source')}
        onChange={(source) => set({ source })}
      />
      <TextInput
        id={ISSUE_FIELDS.owner.id}
        label="Owner"
        hint="Who follows it up, for example VAWG Operational Group."
        value={fields.owner}
        error={form.problemOf('owner')}
        onChange={(owner) => set({ owner })}
      />
    </RecordForm>
  );
}
