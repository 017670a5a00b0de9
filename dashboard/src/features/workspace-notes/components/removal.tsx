import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { ConfirmRemoval } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { CHART_EVENTS_CHANGED } from '../hooks/chart-events-changed';

/** Remove, asked first; a refusal shows where the button was. */
export function Removal<T>({ mutation, id, what, question, onRemoved }: { mutation: TypedDocumentNode<T, { id: string }>; id: string; what: string; question: string; onRemoved: (message: string) => void }) {
  const [remove, { loading, error }] = useMutation(mutation, CHART_EVENTS_CHANGED);
  return (
    <>
      {error && <ProblemMessage title={`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be removed`} error={error} />}
      <ConfirmRemoval
        what={what}
        question={question}
        busy={loading}
        onConfirm={() => {
          remove({ variables: { id } }).then(
            () => onRemoved(`Removed ${what}.`),
            () => undefined, // shown above, from the hook's error
          );
        }}
      />
    </>
  );
}
