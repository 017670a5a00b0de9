import { useQuery } from '@apollo/client/react';
import { paths } from '../../../app/paths';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { useChartAnnotations, type ChartAnnotations } from '../../../graphql/chart-annotations';
import { quarterLabel, reviewTrendRange, yearToDateInWords } from '../../../lib/financial-periods';
import { financialYearInWords } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { QuarterStrands } from '../../strands/components/quarter-strands';
import { QuarterlyReviewQuery, type TargetStatus } from '../graphql/documents';
import { useReviewPeriod } from '../hooks/use-review-period';
import { PeriodChooser } from './period-chooser';
import { PrintButton, PrintHeader } from './print-pack';
import { ReviewIssues, ReviewSignals } from './review-issues';
import { TargetsKey } from './targets-key';
import { TargetsTable } from './targets-table';

/** /review — the VAWG Operational Group's quarterly review, on screen and as a printed pack. */
export function ReviewPage() {
  const period = useReviewPeriod();
  const { financialYear, quarter } = period;
  const label = quarterLabel(financialYear, quarter);
  useDocumentTitle(`Quarterly review ${label}`);
  const { data, loading, error } = useQuery(QuarterlyReviewQuery, { variables: { financialYear, quarter } });
  const statuses = data?.targetStatuses ?? [];
  const trendRange = reviewTrendRange(financialYear, quarter);
  const events = useChartAnnotations(trendRange);

  return (
    <>
      <PrintHeader financialYear={financialYear} quarter={quarter} illustrativeTargets={statuses.some((status) => status.target.illustrative)} />
      <span className="app-caption-l">Quarterly review</span>
      <h1 className="app-heading-xl">{label}</h1>
      <p className="app-body-l">
        Where the partnership’s targets stand for {financialYearInWords(financialYear)}, from {yearToDateInWords(financialYear, quarter)}.
      </p>
      <div className="app-review-controls app-no-print">
        <PeriodChooser period={period} />
        <PrintButton />
      </div>

      <section className="app-section" aria-labelledby="targets-heading">
        <h2 className="app-heading-l" id="targets-heading">
          Targets
        </h2>
        <Targets
          statuses={statuses}
          loading={loading}
          error={error}
          label={label}
          financialYear={financialYear}
          trendRange={trendRange}
          events={events}
        />
      </section>

      <section className="app-section app-print-keep" aria-labelledby="strands-heading">
        <h2 className="app-heading-l" id="strands-heading">
          Gaia Centre referrals by strand
        </h2>
        <p className="app-body app-no-print">
          <a className="app-link" href={`${paths.strands}?year=${encodeURIComponent(financialYear)}`}>
            Every strand by quarter for {financialYear}
          </a>
        </p>
        <QuarterStrands financialYear={financialYear} quarter={quarter} />
      </section>

      <section className="app-section" aria-labelledby="issues-heading">
        <h2 className="app-heading-l" id="issues-heading">
          Emerging issues
        </h2>
        <ReviewIssues />
      </section>

      <section className="app-section" aria-labelledby="signals-heading">
        <h2 className="app-heading-l" id="signals-heading">
          Latest signals
        </h2>
        <p className="app-body">
          Series by Gaia strand or by ward whose latest months show special cause variation, most marked first. They are judged on
          the latest month with figures, whichever quarter is under review.
        </p>
        <ReviewSignals />
      </section>
    </>
  );
}

function Targets({
  statuses,
  loading,
  error,
  label,
  financialYear,
  trendRange,
  events,
}: {
  statuses: readonly TargetStatus[];
  loading: boolean;
  error: unknown;
  label: string;
  financialYear: string;
  trendRange: { from: string; to: string };
  events: ChartAnnotations;
}) {
  if (error) return <ProblemMessage title="The targets could not be loaded" error={error} />;
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the targets for {label}…
      </p>
    );
  }
  if (statuses.length === 0) {
    return <p className="app-body">No targets have been set for {financialYearInWords(financialYear)}.</p>;
  }
  const illustrative = statuses.some((status) => status.target.illustrative);
  return (
    <>
      {illustrative && (
        <p className="app-body">
          <strong>The targets are illustrative:</strong> set to show how the review works, not agreed by the partnership.
        </p>
      )}
      <TargetsTable
        statuses={statuses}
        caption={`Targets for ${financialYear}, year to date at the end of ${label}`}
        trendRange={trendRange}
        events={events}
      />
      <TargetsKey />
      <h3 className="app-heading-m">What the figures say</h3>
      <ul className="app-list app-list--bullet app-target-summaries">
        {statuses.map((status) => (
          <li key={status.target.id}>{status.summary}</li>
        ))}
      </ul>
    </>
  );
}
