import { useQuery } from '@apollo/client/react';
import { paths } from '../../../app/paths';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { PeriodChooser } from '../../../components/periods/period-chooser';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import { useChartAnnotations, type ChartAnnotations } from '../../../graphql/chart-annotations';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { QuarterlyReviewDocument } from '../../../graphql/generated/graphql';
import { quarterInWords, quarterLabel, reviewTrendRange, yearToDateInWords } from '../../../lib/financial-periods';
import { financialYearInWords, listInWords } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useQuarterPeriod } from '../../../lib/use-period-params';
import { QuarterStrands } from '../../../components/strands/quarter-strands';
import type { TargetReview } from '../graphql/types';
import { NoTargets } from '../../../components/targets/no-targets';
import { PrintControls, PrintHeader } from '../../../components/print/print-header';
import { ReviewIssues, ReviewSignals } from './review-issues';
import { TargetsKey } from './targets-key';
import { TargetsTable } from './targets-table';
import { Section } from '../../../components/govuk/section';
import '../review.css';

/** /review — the VAWG Operational Group's quarterly review, on screen and as a printed pack; it opens on the last complete quarter. */
export function ReviewPage() {
  return <WithDataCoverage pageTitle="Quarterly review">{(coverage) => <QuarterlyReview coverage={coverage} />}</WithDataCoverage>;
}

function QuarterlyReview({ coverage }: { coverage: DataCoverage }) {
  const period = useQuarterPeriod(coverage);
  const { financialYear, quarter } = period;
  const label = quarterLabel(financialYear, quarter);
  useDocumentTitle(`Quarterly review ${label}`);
  const { data, loading, error } = useQuery(QuarterlyReviewDocument, { variables: { financialYear, quarter } });
  const review = data?.targetReview;
  const statuses = review?.statuses ?? [];
  const trendRange = reviewTrendRange(financialYear, quarter);
  const events = useChartAnnotations(trendRange);

  return (
    <>
      <PrintHeader
        title="VAWG Operational Group: quarterly review pack"
        period={`${financialYear} Q${quarter}: ${quarterInWords(financialYear, quarter)} (${financialYearInWords(financialYear)})`}
        notes={
          statuses.some((status) => status.target.illustrative) && (
            <li>
              <strong>Illustrative targets</strong>: set for demonstration, not agreed by the partnership.
            </li>
          )
        }
      />
      <span className="app-caption-l">Quarterly review</span>
      <h1 className="app-heading-xl">{label}</h1>
      <p className="app-body-l">
        Where the partnership’s targets stand for {financialYearInWords(financialYear)}, from {yearToDateInWords(financialYear, quarter)}.
      </p>
      <PrintControls printText="Print this pack">
        <PeriodChooser period={period} />
      </PrintControls>

      <Section id="targets" heading="Targets">
        <Targets
          review={review}
          loading={loading}
          error={error}
          label={label}
          financialYear={financialYear}
          trendRange={trendRange}
          events={events}
        />
      </Section>

      <Section id="strands" heading="Gaia Centre referrals by strand" className="app-print-keep">
        <p className="app-body app-no-print">
          <a className="app-link" href={`${paths.strands}?year=${encodeURIComponent(financialYear)}`}>
            Every strand by quarter for {financialYear}
          </a>
        </p>
        <QuarterStrands financialYear={financialYear} quarter={quarter} coverage={coverage} />
      </Section>

      <Section id="issues" heading="Emerging issues">
        <ReviewIssues />
      </Section>

      <Section id="signals" heading="Latest signals">
        <p className="app-body">
          Series by Gaia strand or by ward whose latest months show special cause variation, most marked first. They are judged on
          the latest month with figures, whichever quarter is under review.
        </p>
        <ReviewSignals />
      </Section>
    </>
  );
}

function Targets({
  review,
  loading,
  error,
  label,
  financialYear,
  trendRange,
  events,
}: {
  review: TargetReview | undefined;
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
  if (!review) return null;
  const { statuses } = review;
  if (!review.hasTargets) return <NoTargets message={review.message} />;
  const illustrative = statuses.some((status) => status.target.illustrative);
  return (
    <>
      {review.message && <p className="app-body">{review.message}</p>}
      {review.notCollected.length > 0 && (
        <p className="app-body">
          No status for {listInWords(review.notCollected.map((target) => target.measure.label))}: not collected in the year to date, so there is
          no figure to measure against the target.
        </p>
      )}
      {illustrative && (
        <p className="app-body">
          <strong>The targets are illustrative:</strong> set to show how the review works, not agreed by the partnership.
        </p>
      )}
      {statuses.length > 0 && (
        <TargetsTable
          statuses={statuses}
          caption={`Targets for ${financialYear}, year to date at the end of ${label}`}
          trendRange={trendRange}
          events={events}
        />
      )}
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
