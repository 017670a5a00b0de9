import { useMutation } from '@apollo/client/react';
import type { FormField } from '../../../components/forms/form-errors';
import { TextInput } from '../../../components/forms/fields';
import { RecordForm, useRecordForm } from '../../../components/forms/record-form';
import { AddNoteDocument, UpdateNoteDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../lib/format';
import type { Annotation } from '../graphql/types';
import { CHART_EVENTS_CHANGED } from '../hooks/chart-events-changed';

const NOTE_FIELDS = {
  date: { id: 'note-date', label: 'Date', arguments: ['date'] },
  title: { id: 'note-title', label: 'What happened', arguments: ['title'] },
} satisfies Record<string, FormField>;

const BLANK = { date: '', title: '' };
const valuesOf = (note: Annotation) => ({ date: note.date, title: note.title });

/** Adds an analyst's note, or changes the one being edited; the API's refusals go beside the fields. */
export function NoteForm({ editing, onDone }: { editing: Annotation | null; onDone: (message: string | null) => void }) {
  const form = useRecordForm({ editing, blank: BLANK, valuesOf, fields: NOTE_FIELDS });
  const [add, adding] = useMutation(AddNoteDocument, CHART_EVENTS_CHANGED);
  const [update, updating] = useMutation(UpdateNoteDocument, CHART_EVENTS_CHANGED);
  const { date, title } = form.values;

  function submit() {
    const variables = { date: date.trim(), title };
    void form.submit(
      () => (editing ? update({ variables: { id: editing.id, ...variables } }) : add({ variables })),
      () => onDone(`${editing ? 'Note changed' : 'Note added'}: ${title.trim()} (${formatDate(variables.date)}).`),
    );
  }

  return (
    <RecordForm
      id="note-form"
      form={form}
      fields={NOTE_FIELDS}
      heading={editing ? `Change the note of ${formatDate(editing.date)}` : 'Add a note'}
      level={3}
      editing={editing !== null}
      submitText={editing ? 'Save the note' : 'Add the note'}
      busy={adding.loading || updating.loading}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <TextInput
        id={NOTE_FIELDS.date.id}
        label="Date"
        hint="The day the note is about, written year-month-day, for example 2013-01-14."
        width="medium"
        value={date}
        error={form.problemOf('date')}
        onChange={(date) => form.set({ date })}
      />
      <TextInput
        id={NOTE_FIELDS.title.id}
        label="What happened"
        hint="One line, at most 200 characters: it is drawn on the charts."
        value={title}
        error={form.problemOf('title')}
        onChange={(title) => form.set({ title })}
      />
    </RecordForm>
  );
}
