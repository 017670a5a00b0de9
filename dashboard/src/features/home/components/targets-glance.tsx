import { useQuery } from '@apollo/client/react';
import { paths } from '../../../app/paths';
import { useSignedInSession } from '../../../app/session-context';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { HomeTargetsDocument, type Rag } from '../../../graphql/generated/graphql';
import type { QuarterChoice } from '../../../lib/coverage-periods';
import { quarterLabel } from '../../../lib/financial-periods';
import { financialYearInWords } from '../../../lib/format';
import { mayReadReview } from '../../../app/roles';
import { RagTag } from '../../../components/indicators/rag-tag';
import { NoTargets } from '../../../components/targets/no-targets';
import { Section } from '../../../components/govuk/section';

const RAG_ORDER: readonly Rag[] = ['RED', 'AMBER', 'GREEN', 'NONE'];

/** Whether the year has targets, in a line, with the way to the review: for the people who may read the review. */
export function TargetsGlance({ period }: { period: QuarterChoice }) {
  const session = useSignedInSession();
  const allowed = session !== null && mayReadReview(session.role);
  const { data, loading, error } = useQuery(HomeTargetsDocument, { variables: { financialYear: period.financialYear, quarter: period.quarter }, skip: !allowed });
  if (!allowed) return null;
  const label = quarterLabel(period.financialYear, period.quarter);
  const reviewLink = `${paths.review}?${new URLSearchParams({ year: period.financialYear, quarter: String(period.quarter) })}`;
  const review = data?.targetReview;
  const statuses = review?.statuses ?? [];
  const byRag = RAG_ORDER.map((rag) => ({ rag, count: statuses.filter((status) => status.rag === rag).length })).filter((entry) => entry.count > 0);

  return (
    <Section id="targets-glance" heading={<>Targets for {period.financialYear}</>}>
      {error ? (
        <ProblemMessage title="The targets could not be loaded" error={error} />
      ) : loading ? (
        <p className="app-body" role="status">
          Loading the targets…
        </p>
      ) : !review ? null : !review.hasTargets ? (
        <NoTargets message={review.message} />
      ) : (
        <>
          <p className="app-body">
            At the end of {label}, for the {financialYearInWords(period.financialYear)}
            {statuses.some((status) => status.target.illustrative) ? ' (the targets are illustrative: set to show how the review works, not agreed by the partnership)' : ''}:
          </p>
          <ul className="app-list app-targets-glance">
            {byRag.map(({ rag, count }) => (
              <li key={rag}>
                <RagTag rag={rag} /> {count === 1 ? '1 measure' : `${count} measures`}
              </li>
            ))}
          </ul>
          <p className="app-body">
            <a className="app-link" href={reviewLink}>
              The quarterly review for {label}
            </a>
          </p>
        </>
      )}
    </Section>
  );
}
