import { AskFirst } from './ask-first';
import './forms.css';

/** A remove button that asks first (AskFirst), so nobody removes a record by a slip. */
export function ConfirmRemoval({
  what,
  buttonText = 'Remove',
  confirmText = 'Yes, remove it',
  question,
  busy = false,
  onConfirm,
}: {
  /** Names the thing for the button's accessible name, e.g. "the note of 14 January 2013". */
  what: string;
  buttonText?: string;
  confirmText?: string;
  question: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  return (
    <AskFirst
      opener={{
        content: (
          <>
            {buttonText}
            <span className="app-visually-hidden"> {what}</span>
          </>
        ),
        className: 'app-link-button app-link-button--warning',
      }}
      label={`Remove ${what}?`}
      className="app-confirm"
      question={{ text: question, as: 'p', className: 'app-confirm__question' }}
      confirm={{ text: confirmText, className: 'app-button app-button--warning' }}
      busy={busy}
      onConfirm={onConfirm}
    />
  );
}

/** A short confirmation that something was saved, read out by screen readers as it appears. */
export function SavedMessage({ children }: { children: string | null }) {
  return (
    <div role="status" className={children ? 'app-saved' : undefined}>
      {children}
    </div>
  );
}
