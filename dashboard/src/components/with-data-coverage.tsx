import type { ReactNode } from 'react';
import { useDataCoverage, type DataCoverage } from '../graphql/data-coverage';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProblemMessage } from './govuk/problem-message';

/** The page's title and a line saying what it waits for, until the periods are known. */
function Waiting({ pageTitle, children }: { pageTitle: string; children: ReactNode }) {
  useDocumentTitle(pageTitle);
  return <>{children}</>;
}

/**
 * A page whose periods come from the data: it is drawn once the API has said which years there are
 * and which quarter is the latest complete one, so it never asks for a period it would then replace.
 * `pageTitle` names the page until then; the page sets its own title after.
 */
export function WithDataCoverage({ pageTitle, children }: { pageTitle: string; children: (coverage: DataCoverage) => ReactNode }) {
  const { coverage, loading, error } = useDataCoverage();
  if (error) {
    return (
      <Waiting pageTitle={pageTitle}>
        <ProblemMessage title="The periods the figures cover could not be loaded" error={error} />
      </Waiting>
    );
  }
  if (loading || !coverage) {
    return (
      <Waiting pageTitle={pageTitle}>
        <p className="app-body" role="status">
          Loading the periods the figures cover…
        </p>
      </Waiting>
    );
  }
  return <>{children(coverage)}</>;
}
