import { paths } from '../../../app/paths';
import { useSignedInSession } from '../../../app/session-context';
import { NotFoundPage } from '../../../app/session-pages';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { PrintControls, PrintHeader } from '../../../components/print/print-header';
import { YearSelect } from '../../../components/periods/year-select';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { useAllWards, type Ward } from '../../../graphql/wards';
import { describeError } from '../../../lib/describe-error';
import { financialYearRange } from '../../../lib/financial-periods';
import { CONFIDENTIAL_LEGEND, financialYearInWords, formatDate, formatMonth } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFinancialYearParam } from '../../../lib/use-period-params';
import { signedInAs } from '../../../app/roles';
import { useWardMeasureFigures } from '../hooks/use-ward-measure-figures';
import { useWardMeasures } from '../hooks/use-ward-measures';
import { HEADLINE_MEASURE, wardOpeningYear, wardYears } from '../ward-periods';
import { PartnershipResponse } from './partnership-response';
import { WardComparison } from './ward-comparison';
import { WardStrands } from './ward-strands';
import { WardTrend } from './ward-trend';
import { WardYears } from './ward-years';
import '../../../components/govuk/problem-message.css';
import '../wards.css';

/** Printed at the top of the briefing only: what it covers, who it is for, and how far its figures can be relied on. */
function BriefingPrintHeader({ ward, financialYear }: { ward: Ward; financialYear: string }) {
  const range = financialYearRange(financialYear);
  return (
    <PrintHeader
      title={`VAWG Insight ward briefing: ${ward.name}`}
      period={`${financialYear}: ${formatMonth(range.from)} to ${formatMonth(range.to)}`}
      notes={
        <>
          <li>For the councillors of {ward.name} and the VAWG Operational Group.</li>
          <li>{CONFIDENTIAL_LEGEND}.</li>
        </>
      }
    />
  );
}

/** What a councillor sees on another ward's page: the API answered FORBIDDEN. */
function NotForYou({ ward }: { ward: Ward }) {
  const session = useSignedInSession();
  const { nameOf } = useAllWards();
  const own = session?.wards ?? [];
  return (
    <div className="app-notice app-not-for-you" role="alert">
      <h2 className="app-heading-m">
        This briefing is for councillors of {ward.name} and the operational group
      </h2>
      <p className="app-body">
        {session ? `You are signed in as ${signedInAs(session.role, session.wards, nameOf)}. ` : ''}Figures for a ward are shown
        only to its councillors and the VAWG Operational Group, so that nobody can be picked out from them.
      </p>
      <ul className="app-list">
        {own.map((code) => (
          <li key={code}>
            <a href={paths.ward(code)}>Go to the {nameOf(code)} ward briefing</a>
          </li>
        ))}
        <li>
          <a href={paths.wards}>See the ward map</a>
        </li>
      </ul>
    </div>
  );
}

function Briefing({ ward, financialYear, coverage }: { ward: Ward; financialYear: string; coverage: DataCoverage }) {
  const { measures, loading, error } = useWardMeasures();
  if (error) {
    return (
      <div className="app-error-message" role="alert">
        <p className="app-error-message__title">The briefing could not be loaded</p>
        <p>{describeError(error)}</p>
      </div>
    );
  }
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the briefing…
      </p>
    );
  }
  const headline = measures.find((m) => m.id === HEADLINE_MEASURE) ?? measures[0];
  return (
    <>
      <WardComparison measures={measures} ward={ward} financialYear={financialYear} />
      <WardTrend measures={measures} ward={ward} financialYear={financialYear} coverage={coverage} />
      {headline && <WardYears measure={headline} ward={ward} coverage={coverage} />}
      <WardStrands ward={ward} financialYear={financialYear} />
      <PartnershipResponse />
    </>
  );
}

/** A year in which the ward was created or abolished: its figures cover only part of it. */
function PartYear({ ward, financialYear }: { ward: Ward; financialYear: string }) {
  const range = financialYearRange(financialYear);
  const created = ward.validFrom > range.from && ward.validFrom <= range.to;
  const abolished = ward.validTo !== null && ward.validTo >= range.from && ward.validTo < range.to;
  if (!created && !abolished) return null;
  return (
    <p className="app-body app-boundary-note">
      <strong>Ward boundaries changed in {financialYear}.</strong>{' '}
      {created
        ? `${ward.name} was created on ${formatDate(ward.validFrom)}: its figures for the year count from then.`
        : `${ward.name} was abolished after ${formatDate(ward.validTo ?? '')}: its figures for the year count until then.`}
    </p>
  );
}

/** One ward's briefing for a year it existed in, under disclosure control; it opens on the year of the last complete quarter. */
function WardBriefing({ ward, coverage }: { ward: Ward; coverage: DataCoverage }) {
  useDocumentTitle(`${ward.name} ward briefing`);
  const years = wardYears(ward, coverage);
  const [financialYear, chooseYear] = useFinancialYearParam(years, wardOpeningYear(ward, coverage) ?? coverage.currentFinancialYear);
  // The headline figure doubles as the access check: a councillor of another ward is refused it.
  const headline = useWardMeasureFigures(HEADLINE_MEASURE, financialYear, ward.code);

  return (
    <article className="app-briefing">
      <BriefingPrintHeader ward={ward} financialYear={financialYear} />
      <p className="app-body app-no-print">
        <a href={`${paths.wards}?${new URLSearchParams({ year: financialYear })}`}>All wards</a>
      </p>
      <span className="app-caption-l">Ward briefing</span>
      <h1 className="app-heading-xl">{ward.name}</h1>
      {years.length === 0 ? (
        <p className="app-body">
          {ward.name} was a ward from {formatDate(ward.validFrom)}
          {ward.validTo ? ` to ${formatDate(ward.validTo)}` : ''}, outside the years the figures cover.
        </p>
      ) : headline.loading && !headline.ward ? (
        <p className="app-body" role="status">
          Loading the briefing…
        </p>
      ) : headline.forbidden ? (
        <NotForYou ward={ward} />
      ) : (
        <>
          <p className="app-body-l">
            What the Safer Lambeth partnership counted in {ward.name} in the {financialYearInWords(financialYear)}, beside the
            figures for the whole of Lambeth.
          </p>
          <PartYear ward={ward} financialYear={financialYear} />
          <PrintControls printText="Print this briefing" secondary>
            <YearSelect years={years} value={financialYear} onChange={chooseYear} hint={`The years ${ward.name} has been a ward`} />
          </PrintControls>
          <Briefing ward={ward} financialYear={financialYear} coverage={coverage} />
        </>
      )}
    </article>
  );
}

function LoadingWard({ error }: { error: unknown }) {
  useDocumentTitle('Ward briefing');
  if (error) return <ProblemMessage title="The list of wards could not be loaded" error={error} />;
  return (
    <p className="app-body" role="status">
      Loading the ward…
    </p>
  );
}

/** /wards/:code — a ward of any vintage, found in the API's list of wards. */
export function WardPage({ code }: { code: string }) {
  const wards = useAllWards();
  const ward = wards.find(code);
  if (wards.error || wards.loading) return <LoadingWard error={wards.error} />;
  if (!ward) return <NotFoundPage />;
  return <WithDataCoverage pageTitle={`${ward.name} ward briefing`}>{(coverage) => <WardBriefing ward={ward} coverage={coverage} />}</WithDataCoverage>;
}
