import { useState } from 'react';
import { FieldError } from '../../../components/forms/fields';
import { isFinancialYear } from '../../../lib/financial-periods';

/** Any other financial year, typed: targets can be set for years the data does not reach yet. */
export function OtherYear({ example, onGo }: { example: string; onGo: (year: string) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <form
      className={`app-form-group app-other-year${problem ? ' app-form-group--error' : ''}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const year = text.trim();
        if (!isFinancialYear(year)) return setProblem(`Enter a financial year like ${example}; got "${year}"`);
        setProblem(undefined);
        setText('');
        onGo(year);
      }}
    >
      <label className="app-label" htmlFor="other-year">
        Another financial year
      </label>
      <p className="app-hint" id="other-year-hint">
        For example, {example}.
      </p>
      {problem && <FieldError id="other-year" message={problem} />}
      <div className="app-other-year__row">
        <input
          id="other-year"
          className={`app-input app-input--short${problem ? ' app-input--error' : ''}`}
          type="text"
          autoComplete="off"
          aria-describedby={`other-year-hint${problem ? ' other-year-error' : ''}`}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="app-button app-button--secondary">
          Show year
        </button>
      </div>
    </form>
  );
}
