// Labelled GOV.UK form fields that show their own problem beneath the label, in red, and say so to
// screen readers (aria-describedby). Their ids are the error summary's link targets.
import type { ReactNode } from 'react';
import { SelectControl } from '../govuk/select';
import './forms.css';

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`app-form-group${error ? ' app-form-group--error' : ''}`}>
      <label className="app-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="app-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldError id={id} message={error} />}
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="app-field-error" id={`${id}-error`}>
      <span className="app-visually-hidden">Error:</span> {message}
    </p>
  );
}

export function TextInput({
  value,
  onChange,
  width,
  inputMode,
  autoComplete = 'off',
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; width?: 'short' | 'medium'; inputMode?: 'decimal' | 'numeric' | 'text'; autoComplete?: string }) {
  return (
    <FieldFrame {...field}>
      <input
        id={field.id}
        className={`app-input${width ? ` app-input--${width}` : ''}${field.error ? ' app-input--error' : ''}`}
        type="text"
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export function Textarea({ value, onChange, rows = 4, ...field }: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <FieldFrame {...field}>
      <textarea
        id={field.id}
        className={`app-textarea${field.error ? ' app-input--error' : ''}`}
        rows={rows}
        value={value}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

/** A select whose problem shows beside it; the id is the summary's link target. */
export function SelectField({ value, onChange, options, ...field }: FieldProps & { value: string; onChange: (value: string) => void; options: readonly Choice[] }) {
  return (
    <FieldFrame {...field}>
      <SelectControl id={field.id} value={value} describedBy={describedBy(field.id, field.hint, field.error)} error={Boolean(field.error)} options={options} onChange={onChange} />
    </FieldFrame>
  );
}

/** Radios (one of) or checkboxes (any of) in a fieldset whose legend is the question; the first choice's id is `id`. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  choices,
  multiple = false,
  selected,
  onChange,
  inline = false,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  choices: readonly Choice[];
  multiple?: boolean;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  inline?: boolean;
}) {
  const toggle = (value: string, checked: boolean) => {
    if (!multiple) return onChange([value]);
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <div className={`app-form-group${error ? ' app-form-group--error' : ''}`}>
      <fieldset className="app-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="app-fieldset__legend">{legend}</legend>
        {hint && (
          <p className="app-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && <FieldError id={id} message={error} />}
        <div className={`app-choices${inline ? ' app-choices--inline' : ''}`}>
          {choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="app-choices__item" key={choice.value}>
                <input
                  className="app-choices__input"
                  id={choiceId}
                  name={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={choice.value}
                  checked={selected.includes(choice.value)}
                  aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
                  onChange={(event) => toggle(choice.value, event.target.checked)}
                />
                <label className="app-choices__label" htmlFor={choiceId}>
                  {choice.text}
                </label>
                {choice.hint && (
                  <p className="app-hint app-choices__hint" id={`${choiceId}-hint`}>
                    {choice.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
