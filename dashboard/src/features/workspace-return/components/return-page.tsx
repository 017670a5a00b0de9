import { useQuery } from '@apollo/client/react';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { YearSelect } from '../../../components/periods/year-select';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { WorkspaceQuarterlyReturnDocument } from '../../../graphql/generated/graphql';
import { openingQuarter } from '../../../lib/coverage-periods';
import { financialYearInWords } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFinancialYearParam } from '../../../lib/use-period-params';
import { quarterStates } from '../return-quarters';
import { DisclosureReleases } from './disclosure-releases';
import { PublishQuarters } from './publish-quarters';
import { ReturnTable } from './return-table';
import { RevisionsTable } from './revisions-table';
import { Section } from '../../../components/govuk/section';
import '../return.css';

/** /workspace/return — preview and publish the quarterly return, read revisions of published figures, and release months to funders. */
export function ReturnPage() {
  return <WithDataCoverage pageTitle="Quarterly return">{(coverage) => <ReturnWorkspace coverage={coverage} />}</WithDataCoverage>;
}

function ReturnWorkspace({ coverage }: { coverage: DataCoverage }) {
  const [financialYear, setFinancialYear] = useFinancialYearParam(coverage.financialYears, openingQuarter(coverage).financialYear);
  useDocumentTitle(`Quarterly return ${financialYear}`);
  // Asked again on each visit: an import since may have changed live figures or revised published ones.
  const { data, error } = useQuery(WorkspaceQuarterlyReturnDocument, { variables: { financialYear }, fetchPolicy: 'cache-and-network' });
  const shown = data?.quarterlyReturn.financialYear === financialYear ? data.quarterlyReturn : undefined;
  const quarters = shown ? quarterStates(shown, coverage.today) : [];

  return (
    <>
      <span className="app-caption-l">Workspace</span>
      <h1 className="app-heading-xl">Quarterly return</h1>
      <p className="app-body-l">
        The return funders receive: every headline measure by quarter, at borough level. Preview a year, publish each quarter once it
        has ended, and see where later imports changed a published figure.
      </p>
      <YearSelect years={coverage.financialYears} value={financialYear} onChange={setFinancialYear} hint="The years the data covers." />

      <Section id="preview" heading={<>{financialYearInWords(financialYear).replace(/^f/, 'F')}</>}>
        {error ? (
          <ProblemMessage title={`The return for ${financialYear} could not be loaded`} error={error} />
        ) : !shown ? (
          <p className="app-body" role="status">
            Loading the return for {financialYear}…
          </p>
        ) : (
          <>
            <p className="app-body">
              A published quarter shows the figures as published. The others, and the year column, are live: they change as records are
              imported.
            </p>
            <ReturnTable data={shown} quarters={quarters} />

            <h2 className="app-heading-l">Publish a quarter</h2>
            <PublishQuarters financialYear={financialYear} quarters={quarters} measures={shown.lines.length} />

            <h2 className="app-heading-l">Revisions of published figures</h2>
            <RevisionsTable financialYear={financialYear} revisions={shown.revisions} anyPublished={quarters.some((q) => q.state === 'published')} />
          </>
        )}
      </Section>

      <Section id="releases" heading="Releases to funders and councillors">
        <DisclosureReleases coverage={coverage} />
      </Section>
    </>
  );
}
