import { useQuery } from '@apollo/client/react';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { HomeMeasuresQuery } from '../graphql/documents';
import { HeadlineFigures } from './headline-figures';
import { QuarterlyFigures } from './quarterly-figures';

export function HomePage() {
  useDocumentTitle('Overview');
  const { data, loading, error } = useQuery(HomeMeasuresQuery);
  const measures = data?.measures ?? [];

  return (
    <>
      <h1 className="app-heading-xl">Violence against women and girls in Lambeth</h1>
      <p className="app-body-l">
        What the Safer Lambeth partnership counts: police action against kerb crawling, arrests for soliciting,
        referrals to the Gaia Centre and women moving on through the Chrysalis project.
      </p>

      {error ? (
        <ProblemMessage title="The figures could not be loaded" error={error} />
      ) : loading ? (
        <p className="app-body" role="status">
          Loading the list of measures…
        </p>
      ) : measures.length === 0 ? (
        <p className="app-body">The server has no measures to show yet.</p>
      ) : (
        <>
          <HeadlineFigures measures={measures} />
          <QuarterlyFigures measures={measures} />
        </>
      )}
    </>
  );
}
