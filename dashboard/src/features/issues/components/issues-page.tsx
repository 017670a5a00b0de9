import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useDataCoverage } from '../../../graphql/data-coverage';
import { useDimensionValues } from '../../../graphql/dimension-values';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { EmergingIssuesDocument, SignalsDocument } from '../../../graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { IssueRegister } from './issue-register';
import { SignalsTable } from '../../../components/issues/signals-table';
import { Section } from '../../../components/govuk/section';

/** Brings a linked entry (/issues#issue-3) into view once the register has loaded; the browser could not find it earlier. */
function useScrollToLinkedEntry(ready: boolean): void {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const entry = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (entry) {
      entry.scrollIntoView();
      entry.focus({ preventScroll: true });
    }
  }, [ready]);
}

/** /issues — the emerging-issues register and the automatic signals beside it. */
export function IssuesPage() {
  useDocumentTitle('Emerging issues');
  const issues = useQuery(EmergingIssuesDocument);
  const signals = useQuery(SignalsDocument, { variables: { limit: 20 } });
  const strands = useDimensionValues('gaia.referrals', 'STRAND', useDataCoverage().coverage);
  useScrollToLinkedEntry(Boolean(issues.data));

  const register = issues.data?.emergingIssues ?? [];
  const ranked = signals.data?.signals ?? [];

  return (
    <>
      <h1 className="app-heading-xl">Emerging issues</h1>
      <p className="app-body-l">
        Concerns the VAWG Operational Group is following, and the figures that have recently changed in a way that is unlikely
        to be chance.
      </p>

      <Section id="register" heading="The register">
        {issues.error ? (
          <ProblemMessage title="The register could not be loaded" error={issues.error} />
        ) : issues.loading ? (
          <p className="app-body" role="status">
            Loading the register…
          </p>
        ) : register.length === 0 ? (
          <p className="app-body">There are no emerging issues on the register.</p>
        ) : (
          <>
            <p className="app-body">
              {register.length === 1 ? 'One issue is' : `${register.length} issues are`} on the register.
            </p>
            <IssueRegister issues={register} measures={issues.data?.measures ?? []} strands={strands.values} />
          </>
        )}
      </Section>

      <Section id="signals" heading="Signals">
        <p className="app-body">
          Every measure’s series by Gaia strand or by ward whose latest months show special cause variation, most marked first.
          Follow a link to see the series’ chart.
        </p>
        {signals.error ? (
          <ProblemMessage title="The signals could not be loaded" error={signals.error} />
        ) : signals.loading ? (
          <p className="app-body" role="status">
            Loading the signals…
          </p>
        ) : ranked.length === 0 ? (
          <p className="app-body">No series shows special cause variation in its latest months.</p>
        ) : (
          <SignalsTable signals={ranked} caption={`Signals, ranked (${ranked.length})`} withLinkedIssue />
        )}
      </Section>
    </>
  );
}
