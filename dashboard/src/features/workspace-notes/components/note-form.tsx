import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { problemOf, problemsFrom, type FormField, type FormProblem } from '../../../components/forms/form-errors';
import { TextInput } from '../../../components/forms/fields';
import { AddNoteDocument, UpdateNoteDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../lib/format';
import type { Annotation } from '../graphql/types';
import { CHART_EVENTS_CHANGED } from '../hooks/chart-events-changed';

const NOTE_FIELDS = {
  date: { id: 'note-date', label: 'Date', arguments: ['date'] },
  title: { id: 'note-title', label: 'What happened', arguments: ['title'] },
} satisfies Record<string, FormField>;

/** Adds an analyst's note, or changes the one being edited; the API's refusals go beside the fields. */
export function NoteForm({ editing, onDone }: { editing: Annotation | null; onDone: (message: string | null) => void }) {
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [add, adding] = useMutation(AddNoteDocument, CHART_EVENTS_CHANGED);
  const [update, updating] = useMutation(UpdateNoteDocument, CHART_EVENTS_CHANGED);

  useEffect(() => {
    setDate(editing?.date ?? '');
    setTitle(editing?.title ?? '');
    setProblems([]);
    if (editing) heading.current?.focus();
  }, [editing]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    try {
      if (editing) await update({ variables: { id: editing.id, date: date.trim(), title } });
      else await add({ variables: { date: date.trim(), title } });
      setProblems([]);
      setDate('');
      setTitle('');
      onDone(editing ? `Note changed: ${title.trim()} (${formatDate(date.trim())}).` : `Note added: ${title.trim()} (${formatDate(date.trim())}).`);
    } catch (error) {
      setProblems(problemsFrom(error, NOTE_FIELDS));
    }
  }

  return (
    <form className="app-record-form" noValidate onSubmit={submit} aria-labelledby="note-form-heading">
      <h3 className="app-heading-m" id="note-form-heading" ref={heading} tabIndex={-1}>
        {editing ? `Change the note of ${formatDate(editing.date)}` : 'Add a note'}
      </h3>
      <ErrorSummary problems={problems} fields={NOTE_FIELDS} />
      <TextInput
        id={NOTE_FIELDS.date.id}
        label="Date"
        hint="The day the note is about, written year-month-day, for example 2013-01-14."
        width="medium"
        value={date}
        error={problemOf(problems, 'date')}
        onChange={setDate}
      />
      <TextInput
        id={NOTE_FIELDS.title.id}
        label="What happened"
        hint="One line, at most 200 characters: it is drawn on the charts."
        value={title}
        error={problemOf(problems, 'title')}
        onChange={setTitle}
      />
      <div className="app-button-group">
        <button type="submit" className="app-button" disabled={adding.loading || updating.loading}>
          {editing ? 'Save the note' : 'Add the note'}
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
