import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FieldError, SelectField, TextInput } from '../../../components/forms/fields';
import { problemOf, type FormField, type FormProblem } from '../../../components/forms/form-errors';
import type { AuditFilters } from '../graphql/types';

export const FILTER_FIELDS = {
  subject: { id: 'audit-subject', label: 'Person or key', arguments: ['subject'] },
  role: { id: 'audit-role', label: 'Role', arguments: ['role'] },
  operation: { id: 'audit-operation', label: 'Operation', arguments: ['operation'] },
  from: { id: 'audit-from', label: 'From', arguments: ['from'] },
  to: { id: 'audit-to', label: 'To', arguments: ['to'] },
} satisfies Record<keyof AuditFilters, FormField>;

const ROLE_OPTIONS = [
  { value: '', text: 'Any role' },
  { value: 'analyst', text: 'Analyst' },
  { value: 'member', text: 'Member' },
  { value: 'funder', text: 'Funder' },
  { value: 'councillor', text: 'Councillor' },
];

function DayField({ name, value, onChange, error }: { name: 'from' | 'to'; value: string; onChange: (value: string) => void; error?: string }) {
  const field = FILTER_FIELDS[name];
  return (
    <div className={`app-form-group${error ? ' app-form-group--error' : ''}`}>
      <label className="app-label" htmlFor={field.id}>
        {field.label}
        <span className="app-visually-hidden"> day</span>
      </label>
      {error && <FieldError id={field.id} message={error} />}
      <input
        id={field.id}
        className={`app-input${error ? ' app-input--error' : ''}`}
        type="date"
        value={value}
        aria-describedby={error ? `${field.id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The filters as a form: nothing is asked until "Apply filters", so typing a name does not fetch at every key. */
export function AuditFilterForm({ filters, problems, onApply }: { filters: AuditFilters; problems: readonly FormProblem[]; onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState<Required<AuditFilters>>({ subject: '', role: '', operation: '', from: '', to: '', ...filters });
  const set = (name: keyof AuditFilters) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const none = { subject: '', role: '', operation: '', from: '', to: '' };
    setDraft(none);
    onApply(none);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="audit-filters-heading">
      <h2 className="app-heading-m" id="audit-filters-heading">
        Filter the log
      </h2>
      <ErrorSummary problems={problems} fields={FILTER_FIELDS} />
      <div className="app-audit-filters">
        <TextInput {...FILTER_FIELDS.subject} hint="Exactly as the log names them, e.g. api-key:3" value={draft.subject} onChange={set('subject')} error={problemOf(problems, 'subject')} />
        <SelectField {...FILTER_FIELDS.role} value={draft.role} onChange={set('role')} options={ROLE_OPTIONS} error={problemOf(problems, 'role')} />
        <TextInput {...FILTER_FIELDS.operation} hint="Any part, e.g. createApiKey or download" value={draft.operation} onChange={set('operation')} error={problemOf(problems, 'operation')} />
        <DayField name="from" value={draft.from} onChange={set('from')} error={problemOf(problems, 'from')} />
        <DayField name="to" value={draft.to} onChange={set('to')} error={problemOf(problems, 'to')} />
      </div>
      <div className="app-button-group">
        <button type="submit" className="app-button">
          Apply filters
        </button>
        <button type="button" className="app-button app-button--secondary" onClick={clear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
