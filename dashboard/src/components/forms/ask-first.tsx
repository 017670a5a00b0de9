import { useEffect, useRef, useState, type ReactNode } from 'react';
import './forms.css';

/**
 * A button that asks first: the question replaces it, focused so a keyboard or screen-reader user hears
 * what is about to happen; "Cancel" puts the button back, with focus on it again. Removing a note and
 * publishing a quarter both go through here.
 */
export function AskFirst({
  opener,
  label,
  className,
  question,
  confirm,
  busy,
  cancelWhileBusy = true,
  onConfirm,
  children,
}: {
  /** The button that opens the question: its words (with any hidden ones) and look. */
  opener: { content: ReactNode; className: string };
  /** The question's accessible name, as a group. */
  label: string;
  className: string;
  /** The question: a paragraph, or a heading where more follows it. */
  question: { text: string; as: 'p' | 'h3'; className: string };
  confirm: { text: string; className: string };
  busy: boolean;
  /** False: Cancel waits while the answer is being acted on. */
  cancelWhileBusy?: boolean;
  onConfirm: () => void;
  /** What the answer will do, read before confirming. */
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement & HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className={opener.className} onClick={() => setAsking(true)}>
        {opener.content}
      </button>
    );
  }
  const Question = question.as;
  return (
    <div className={className} role="group" aria-label={label}>
      <Question className={question.className} ref={questionRef} tabIndex={-1}>
        {question.text}
      </Question>
      {children}
      <div className="app-button-group">
        <button type="button" className={confirm.className} disabled={busy} onClick={onConfirm}>
          {confirm.text}
        </button>
        <button type="button" className="app-button app-button--secondary" disabled={busy && !cancelWhileBusy} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
