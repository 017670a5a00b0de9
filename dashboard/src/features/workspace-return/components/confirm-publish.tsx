import type { ReactNode } from 'react';
import { AskFirst } from '../../../components/forms/ask-first';

/** A publish button that asks first (AskFirst): the question, and what publishing freezes, before anything is published. */
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
  return (
    <AskFirst
      opener={{ content: buttonText, className: 'app-button' }}
      label={question}
      className="app-confirm-publish"
      question={{ text: question, as: 'h3', className: 'app-heading-m' }}
      confirm={{ text: busy ? 'Publishing…' : confirmText, className: 'app-button' }}
      busy={busy}
      cancelWhileBusy={false}
      onConfirm={onConfirm}
    >
      {children}
    </AskFirst>
  );
}
