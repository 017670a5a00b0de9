import { useQuery } from '@apollo/client/react';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { YearSelect } from '../../../components/periods/year-select';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import { useChartAnnotations } from '../../../graphql/chart-annotations';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { GaiaStrandsDocument } from '../../../graphql/generated/graphql';
import { collectionOf, figuresUntil, notCollectedNote, openingQuarter } from '../../../lib/coverage-periods';
import { isNotCollected, notCollectedMessage } from '../../../lib/describe-error';
import { financialYearRange } from '../../../lib/financial-periods';
import { financialYearInWords } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFinancialYearParam } from '../../../lib/use-period-params';
import { GAIA_REFERRALS, strandGrid } from '../../../components/strands/strand-grid';
import { summariseStrandTotals } from '../../../components/strands/strand-summary';
import { StrandSmallMultiples } from './strand-small-multiples';
import { StrandsTable } from './strands-table';
import { Section } from '../../../components/govuk/section';
import '../strands.css';

/** /strands — Gaia Centre referrals for each VAWG strand, quarter by quarter; it opens on the year of the last complete quarter. */
export function StrandsPage() {
  return <WithDataCoverage pageTitle="Gaia strands">{(coverage) => <Strands coverage={coverage} />}</WithDataCoverage>;
}

function Strands({ coverage }: { coverage: DataCoverage }) {
  useDocumentTitle('Gaia strands');
  const [financialYear, setFinancialYear] = useFinancialYearParam(coverage.financialYears, openingQuarter(coverage).financialYear);
  const { data, loading, error } = useQuery(GaiaStrandsDocument, { variables: { financialYear } });
  const grid = data ? strandGrid(data, figuresUntil(coverage, GAIA_REFERRALS)) : undefined;
  const events = useChartAnnotations(financialYearRange(financialYear));
  const yearInWords = financialYearInWords(financialYear);

  return (
    <>
      <h1 className="app-heading-xl">Gaia Centre referrals by strand</h1>
      <p className="app-body-l">
        The Gaia Centre takes referrals across eight strands of violence against women and girls. Quarters follow the financial
        year: Q1 is April to June, Q4 is January to March.
      </p>
      <div className="app-filters app-no-print">
        <YearSelect years={coverage.financialYears} value={financialYear} onChange={setFinancialYear} />
      </div>

      {isNotCollected(error) ? (
        <p className="app-body">{notCollectedMessage(error)}</p>
      ) : error ? (
        <ProblemMessage title="The strands could not be loaded" error={error} />
      ) : loading || !grid ? (
        <p className="app-body" role="status">
          Loading referrals by strand for {yearInWords}…
        </p>
      ) : grid.strands.length === 0 ? (
        <p className="app-body">There are no Gaia Centre referrals recorded for {yearInWords}.</p>
      ) : (
        <>
          <p className="app-body app-summary-sentence" aria-live="polite">
            {summariseStrandTotals(grid.total, grid.strands.map((strand) => ({ label: strand.label, value: strand.total })), yearInWords)}
          </p>
          <Section id="strand-charts" heading={<>Each strand by quarter, {financialYear}</>}>
            <p className="app-body">
              Each chart has its own scale, so that small strands can be read: compare sizes in the table below.
            </p>
            <StrandSmallMultiples grid={grid} events={events} notCollectedMeaning={notCollectedNote(collectionOf(coverage, GAIA_REFERRALS))} />
          </Section>
          <Section id="strand-table" heading={<>All strands by quarter, {financialYear}</>}>
            <StrandsTable grid={grid} financialYear={financialYear} caption={`Gaia Centre referrals by strand and quarter, ${financialYear}`} />
          </Section>
        </>
      )}
    </>
  );
}
