import { useEffect, useRef } from 'react';
import type { FormField, FormProblem } from './form-errors';
import './forms.css';

/**
 * The GOV.UK error summary: at the top of a form, focused when it appears so a screen reader reads
 * it first; each problem links to its field. Problems with no field are listed without a link.
 */
export function ErrorSummary({ problems, fields }: { problems: readonly FormProblem[]; fields: Readonly<Record<string, FormField>> }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="app-error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${idOf(fields)}-error-summary-title`}>
      <h2 className="app-error-summary__title" id={`${idOf(fields)}-error-summary-title`}>
        There is a problem
      </h2>
      <ul className="app-error-summary__list">
        {problems.map((problem, index) => {
          const field = problem.field ? fields[problem.field] : undefined;
          return (
            <li key={index}>
              {field ? (
                <a
                  href={`#${field.id}`}
                  onClick={(event) => {
                    // The field, not the page's address: the form may sit where a hash would scroll the wrong way.
                    event.preventDefault();
                    document.getElementById(field.id)?.focus();
                  }}
                >
                  {problem.message}
                </a>
              ) : (
                problem.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A stable id for the summary's title from the form's first field, so two forms on a page have two. */
function idOf(fields: Readonly<Record<string, FormField>>): string {
  return Object.values(fields)[0]?.id ?? 'form';
}
