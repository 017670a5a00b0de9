import { useQuery } from '@apollo/client/react';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { PeriodChooser } from '../../../components/periods/period-chooser';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { HomeMeasuresDocument } from '../../../graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useQuarterPeriod } from '../../../lib/use-period-params';
import type { HomeMeasure } from '../graphql/types';
import { HeadlineFigures } from './headline-figures';
import { QuarterlyFigures } from './quarterly-figures';
import { TargetsGlance } from './targets-glance';
import '../home.css';

/** The overview: it opens on the last complete quarter, and any quarter with data can be chosen. */
export function HomePage() {
  useDocumentTitle('Overview');
  const { data, loading, error } = useQuery(HomeMeasuresDocument);
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
        <WithDataCoverage pageTitle="Overview">{(coverage) => <Overview measures={measures} coverage={coverage} />}</WithDataCoverage>
      )}
    </>
  );
}

function Overview({ measures, coverage }: { measures: readonly HomeMeasure[]; coverage: DataCoverage }) {
  const period = useQuarterPeriod(coverage);
  return (
    <>
      <PeriodChooser period={period} />
      <HeadlineFigures measures={measures} period={period} coverage={coverage} />
      <TargetsGlance period={period} />
      <QuarterlyFigures measures={measures} period={period} coverage={coverage} />
    </>
  );
}
