import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A publish button that asks first: the question and what publishing freezes replace the button,
 * focused so a keyboard or screen-reader user hears it; "Cancel" puts the button back.
 */
export function ConfirmPublish({
  buttonText,
  question,
  confirmText,
  busy,
  onConfirm,
  children,
}: {
  buttonText: string;
  question: string;
  confirmText: string;
  busy: boolean;
  onConfirm: () => void;
  /** What publishing does, read before confirming. */
  children: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className="app-button" onClick={() => setAsking(true)}>
        {buttonText}
      </button>
    );
  }
  return (
    <div className="app-confirm-publish" role="group" aria-label={question}>
      <h3 className="app-heading-m" ref={questionRef} tabIndex={-1}>
        {question}
      </h3>
      {children}
      <div className="app-button-group">
        <button type="button" className="app-button" disabled={busy} onClick={onConfirm}>
          {busy ? 'Publishing…' : confirmText}
        </button>
        <button type="button" className="app-button app-button--secondary" disabled={busy} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
