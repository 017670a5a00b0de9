import { useDemoData } from '../../../app/demo-data-context';
import { paths } from '../../../app/paths';
import { useSignedInSession } from '../../../app/session-context';
import { NotFoundPage } from '../../../app/session-pages';
import { Select } from '../../../components/govuk/select';
import { describeError } from '../../../lib/describe-error';
import { FINANCIAL_YEARS, financialYearRange } from '../../../lib/financial-periods';
import { CONFIDENTIAL_LEGEND, financialYearInWords, formatDate, formatMonth } from '../../../lib/format';
import { findWard, wardName, type Ward } from '../../../lib/lambeth-wards';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFinancialYearParam } from '../../../lib/use-period-params';
import { signedInAs } from '../../sign-in/roles';
import { useWardMeasureFigures } from '../hooks/use-ward-measure-figures';
import { useWardMeasures } from '../hooks/use-ward-measures';
import { DEFAULT_FINANCIAL_YEAR, HEADLINE_MEASURE } from '../ward-periods';
import { PartnershipResponse } from './partnership-response';
import { WardComparison } from './ward-comparison';
import { WardStrands } from './ward-strands';
import { WardTrend } from './ward-trend';
import '../wards.css';

const today = () => new Date().toISOString().slice(0, 10);

/** Printed at the top of the briefing only: what it covers, who it is for, and how far its figures can be relied on. */
function BriefingPrintHeader({ ward, financialYear }: { ward: Ward; financialYear: string }) {
  const demoData = useDemoData();
  const range = financialYearRange(financialYear);
  return (
    <div className="app-print-only app-print-header">
      <p className="app-print-header__title">VAWG Insight ward briefing: {ward.name}</p>
      <p className="app-print-header__period">
        {financialYear}: {formatMonth(range.from)} to {formatMonth(range.to)}
      </p>
      <ul className="app-print-header__notes">
        <li>For the councillors of {ward.name} and the VAWG Operational Group.</li>
        <li>{CONFIDENTIAL_LEGEND}.</li>
        {demoData && (
          <li>
            <strong>Synthetic demo data</strong>: generated to match the published 2012/13 figures; not real case data.
          </li>
        )}
        <li>Printed on {formatDate(today())} from VAWG Insight.</li>
      </ul>
    </div>
  );
}

/** What a councillor sees on another ward's page: the API answered FORBIDDEN. */
function NotForYou({ ward }: { ward: Ward }) {
  const session = useSignedInSession();
  const own = session?.wards ?? [];
  return (
    <div className="app-notice app-not-for-you" role="alert">
      <h2 className="app-heading-m">
        This briefing is for councillors of {ward.name} and the operational group
      </h2>
      <p className="app-body">
        {session ? `You are signed in as ${signedInAs(session.role, session.wards)}. ` : ''}Figures for a ward are shown
        only to its councillors and the VAWG Operational Group, so that nobody can be picked out from them.
      </p>
      <ul className="app-list">
        {own.map((code) => (
          <li key={code}>
            <a href={paths.ward(code)}>Go to the {wardName(code)} ward briefing</a>
          </li>
        ))}
        <li>
          <a href={paths.wards}>See the ward map</a>
        </li>
      </ul>
    </div>
  );
}

function Briefing({ ward, financialYear }: { ward: Ward; financialYear: string }) {
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
  return (
    <>
      <WardComparison measures={measures} ward={ward} financialYear={financialYear} />
      <WardTrend measures={measures} ward={ward} financialYear={financialYear} />
      <WardStrands ward={ward} financialYear={financialYear} />
      <PartnershipResponse />
    </>
  );
}

/** One ward's page and print-ready briefing for one financial year, under disclosure control. */
export function WardPage({ code }: { code: string }) {
  const ward = findWard(code);
  useDocumentTitle(ward ? `${ward.name} ward briefing` : 'Page not found');
  const [financialYear, chooseYear] = useFinancialYearParam(DEFAULT_FINANCIAL_YEAR);
  // The headline figure doubles as the access check: a councillor of another ward is refused it.
  const headline = useWardMeasureFigures(HEADLINE_MEASURE, financialYear, code);
  if (!ward) return <NotFoundPage />;

  return (
    <article className="app-briefing">
      <BriefingPrintHeader ward={ward} financialYear={financialYear} />
      <p className="app-body app-no-print">
        <a href={`${paths.wards}?${new URLSearchParams({ year: financialYear })}`}>All wards</a>
      </p>
      <span className="app-caption-l">Ward briefing</span>
      <h1 className="app-heading-xl">{ward.name}</h1>
      {headline.loading && !headline.ward ? (
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
          <div className="app-briefing__controls app-no-print">
            <Select
              label="Financial year"
              options={FINANCIAL_YEARS.map((year) => ({ value: year, text: year }))}
              value={financialYear}
              onChange={chooseYear}
            />
            <button type="button" className="app-button app-button--secondary" onClick={() => window.print()}>
              Print this briefing
            </button>
          </div>
          <Briefing ward={ward} financialYear={financialYear} />
        </>
      )}
    </article>
  );
}
