import { useEffect, useRef, useState } from 'react';
import './forms.css';

/**
 * A remove button that asks first: the question replaces the button, with focus on it so a keyboard
 * or screen-reader user hears what is about to go; "Cancel" puts the button back.
 */
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
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className="app-link-button app-link-button--warning" onClick={() => setAsking(true)}>
        {buttonText}
        <span className="app-visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    <div className="app-confirm" role="group" aria-label={`Remove ${what}?`}>
      <p className="app-confirm__question" ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="app-button-group">
        <button type="button" className="app-button app-button--warning" disabled={busy} onClick={onConfirm}>
          {confirmText}
        </button>
        <button type="button" className="app-button app-button--secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
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
