// The analysts' record forms (a note, a series break, a register entry): one form adds a record or
// changes the one being edited, puts the API's refusals beside the fields, and says what it did.
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { ErrorSummary } from './error-summary';
import { problemOf, problemsFrom, type FormField, type FormProblem } from './form-errors';

export interface RecordFormState<Values> {
  values: Values;
  /** Changes some of the values. */
  set(change: Partial<Values>): void;
  problems: FormProblem[];
  /** The first problem the API found with one field, for the message beside it. */
  problemOf(field: string): string | undefined;
  /** The form's heading: focused when editing starts, so a screen reader hears which record it is. */
  heading: RefObject<HTMLHeadingElement | null>;
  /** Runs `save`; then empties the form and says `done()`'s words, or puts the API's refusals on the fields. */
  submit(save: () => Promise<unknown>, done: () => void): Promise<void>;
}

/** The values and problems of a record form, starting again whenever `editing` changes (blank when it is null). */
export function useRecordForm<Record_, Values>({
  editing,
  blank,
  valuesOf,
  fields,
}: {
  editing: Record_ | null;
  blank: Values;
  valuesOf: (record: Record_) => Values;
  fields: Readonly<Record<string, FormField>>;
}): RecordFormState<Values> {
  const [values, setValues] = useState<Values>(blank);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setValues(editing ? valuesOf(editing) : blank);
    setProblems([]);
    if (editing) heading.current?.focus();
    // Only a new record to edit (or none) starts the form again; blank and valuesOf are the form's own constants.
  }, [editing]);

  return {
    values,
    set: (change) => setValues((current) => ({ ...current, ...change })),
    problems,
    problemOf: (field) => problemOf(problems, field),
    heading,
    async submit(save, done) {
      try {
        await save();
        setProblems([]);
        setValues(blank);
        done();
      } catch (error) {
        setProblems(problemsFrom(error, fields));
      }
    },
  };
}

/**
 * The form around the fields: its heading (`h2` on a page of its own, `h3` inside a section), the error
 * summary, and the buttons: save, and Cancel while a record is being changed.
 */
export function RecordForm<Values>({
  id,
  form,
  fields,
  heading,
  level,
  editing,
  submitText,
  busy,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  form: RecordFormState<Values>;
  fields: Readonly<Record<string, FormField>>;
  heading: string;
  level: 2 | 3;
  editing: boolean;
  submitText: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form
      className="app-record-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-labelledby={headingId}
    >
      <Heading className={level === 2 ? 'app-heading-l' : 'app-heading-m'} id={headingId} ref={form.heading} tabIndex={-1}>
        {heading}
      </Heading>
      <ErrorSummary problems={form.problems} fields={fields} />
      {children}
      <div className="app-button-group">
        <button type="submit" className="app-button" disabled={busy}>
          {submitText}
        </button>
        {editing && (
          <button type="button" className="app-button app-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
