import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { PublishQuarterDocument, WorkspaceQuarterlyReturnDocument } from '../../../graphql/generated/graphql';
import { formatDateTime } from '../../../lib/format';
import type { QuarterState } from '../return-quarters';
import { ConfirmPublish } from './confirm-publish';

function PublishQuarter({ financialYear, state, measures, onPublished }: { financialYear: string; state: QuarterState; measures: number; onPublished: (message: string) => void }) {
  const [publish, { loading, error }] = useMutation(PublishQuarterDocument, {
    refetchQueries: [{ query: WorkspaceQuarterlyReturnDocument, variables: { financialYear } }],
    awaitRefetchQueries: true,
  });
  return (
    <>
      <ConfirmPublish
        buttonText={`Publish ${state.label}`}
        question={`Publish ${state.label}?`}
        confirmText={`Yes, publish ${state.label}`}
        busy={loading}
        onConfirm={async () => {
          try {
            await publish({ variables: { financialYear, quarter: state.quarter } });
            onPublished(`${state.label} is published: its figures are frozen as they stand now.`);
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      >
        <p className="app-body">Publishing freezes, for good:</p>
        <ul className="app-list app-list--bullet">
          <li>the {state.label} figure of each of the {measures} measures in the table, as it stands now: funders’ return shows that figure from then on;</li>
          <li>nothing else: the other quarters and the year column stay live until they are published.</li>
        </ul>
        <p className="app-body">
          A later import that changes a frozen figure does not change it: the change is listed under “Revisions of published figures”. A
          quarter cannot be unpublished.
        </p>
      </ConfirmPublish>
      {error && <ProblemMessage title={`${state.label} could not be published`} error={error} />}
    </>
  );
}

/** Each quarter of the year: published (when and by whom), ready to publish, or not over yet. */
export function PublishQuarters({ financialYear, quarters, measures }: { financialYear: string; quarters: readonly QuarterState[]; measures: number }) {
  const [published, setPublished] = useState<string | null>(null);
  return (
    <>
      <SavedMessage>{published}</SavedMessage>
      <ul className="app-publish-quarters" aria-label={`Quarters of ${financialYear}`}>
        {quarters.map((state) => (
          <li key={state.quarter} className="app-publish-quarters__item">
            <h3 className="app-heading-s">{state.label}</h3>
            {state.state === 'published' ? (
              <p className="app-body">
                Published{state.publishedAt ? ` ${formatDateTime(state.publishedAt)}` : ''}
                {state.publishedBy ? ` by ${state.publishedBy}` : ''}.
              </p>
            ) : state.state === 'not-ended' ? (
              <p className="app-body">Not ended yet: a quarter can be published once its last day has passed.</p>
            ) : (
              <PublishQuarter financialYear={financialYear} state={state} measures={measures} onPublished={setPublished} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
