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
      <select
        id={id}
        className="app-select"
        value={value}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
