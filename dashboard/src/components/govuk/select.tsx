import { useId } from 'react';
import './select.css';

export interface SelectOption {
  value: string;
  text: string;
}

/** A labelled GOV.UK select. A change applies at once: it filters this page, it does not move to another. */
export function Select({
  label,
  options,
  value,
  onChange,
  disabled = false,
  hint,
}: {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="app-form-group">
      <label className="app-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="app-hint" id={hintId}>
          {hint}
        </p>
      )}
      <SelectControl id={id} value={value} disabled={disabled} describedBy={hint ? hintId : undefined} options={options} onChange={onChange} />
    </div>
  );
}

/** The select itself, its options in order; `error` marks its border as a field with a problem. */
export function SelectControl({
  id,
  value,
  options,
  onChange,
  disabled = false,
  describedBy,
  error = false,
}: {
  id: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  describedBy?: string;
  error?: boolean;
}) {
  return (
    <select
      id={id}
      className={error ? 'app-select app-input--error' : 'app-select'}
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.text}
        </option>
      ))}
    </select>
  );
}
