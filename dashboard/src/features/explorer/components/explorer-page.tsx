import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useSignedInSession } from '../../../app/session-context';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import { openingQuarter } from '../../../lib/coverage-periods';
import { financialYearRange } from '../../../lib/financial-periods';
import { CONFIDENTIAL_MARK, formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { downloadFigures, type DownloadFormat } from '../download-figures';
import { EXAMPLE_QUERY, exampleDownloadQuery, exampleVariables } from '../example-query';
import { Section } from '../../../components/govuk/section';
import '../../../components/govuk/problem-message.css';
import '../explorer.css';

const loadPanel = () => import('./graphiql-panel');
const GraphiqlPanel = lazy(loadPanel);

function Downloads({ token, query }: { token: string; query: URLSearchParams }) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState<DownloadFormat>();
  const download = async (format: DownloadFormat) => {
    setBusy(format);
    setProblem(await downloadFigures(format, query, token));
    setBusy(undefined);
  };
  return (
    <>
      <div className="app-explorer__downloads">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button key={format} type="button" className="app-button app-button--secondary" disabled={busy !== undefined} onClick={() => void download(format)}>
            {busy === format ? 'Preparing the file…' : `Download the example as ${format.toUpperCase()}`}
          </button>
        ))}
      </div>
      <div role="status">
        {problem && (
          <div className="app-error-message">
            <p>{problem}</p>
          </div>
        )}
      </div>
    </>
  );
}

/** The figures API explained for funders, with GraphiQL to try it as the signed-in person; the example is for the year of the last complete quarter. */
export function ExplorerPage() {
  useDocumentTitle('Explore the figures API');
  return <WithDataCoverage pageTitle="Explore the figures API">{(coverage) => <Explorer financialYear={openingQuarter(coverage).financialYear} />}</WithDataCoverage>;
}

function Explorer({ financialYear }: { financialYear: string }) {
  const session = useSignedInSession();
  const year = financialYearRange(financialYear);
  const downloadQuery = exampleDownloadQuery(financialYear);
  const editorHeadingId = useId();
  // Start fetching the editor while the reader reads the introduction.
  useEffect(() => {
    void loadPanel();
  }, []);

  return (
    <>
      <h1 className="app-heading-xl">Explore the figures API</h1>
      <p className="app-body-l">
        Every figure on this dashboard comes from one question to the VAWG Insight API, <code>figures</code>. Funders can
        ask it the same questions from their own scripts and spreadsheets. Try them here: answers come back as you are
        signed in{session ? `, as ${session.role}` : ''}.
      </p>

      <Section id="figures-query" heading="What the figures query does">
        <p className="app-body">It counts one measure over a financial year, and can split the count by period and by breakdown:</p>
        <dl className="app-summary-list">
          <div className="app-summary-list__row">
            <dt>
              <code>measure</code>
            </dt>
            <dd>
              what is counted, for example <code>"gaia.referrals"</code>. The <code>measures</code> query lists them all,
              with the breakdowns each allows.
            </dd>
          </div>
          <div className="app-summary-list__row">
            <dt>
              <code>financialYear</code>
            </dt>
            <dd>
              <code>"{financialYear}"</code> is {formatDate(year.from)} to {formatDate(year.to)}.
            </dd>
          </div>
          <div className="app-summary-list__row">
            <dt>
              <code>granularity</code>
            </dt>
            <dd>
              <code>QUARTER</code> (Q1 is April to June), <code>MONTH</code>, or <code>FINANCIAL_YEAR</code>; leave it out
              for one figure for the year.
            </dd>
          </div>
          <div className="app-summary-list__row">
            <dt>
              <code>groupBy</code> and <code>filter</code>
            </dt>
            <dd>
              break the count down, for example by <code>WARD</code> or <code>STRAND</code>, or keep only some codes, for
              example <code>{'filter: { ward: ["…"] }'}</code> with a ward’s GSS code. The <code>wards</code> query lists
              the wards valid on a day (<code>wards(on: "…")</code>), or every ward there has been (<code>wards(all: true)</code>):
              ward boundaries change, and a figure is recorded against the wards of its day.
            </dd>
          </div>
        </dl>
        <p className="app-body">
          Small numbers are protected. For funders and councillors, a count of people from 1 to 4 in any breakdown (1 to 9
          for FGM, forced marriage, ‘honour’-based violence and trafficking), and any figure that would give one away,
          comes back as <code>value: null</code> with <code>suppressed: true</code>. Tables show it as {CONFIDENTIAL_MARK}.
          Funders and councillors ask for whole financial years, by quarter or by month; totals are counted from the
          records, never added up from the published cells.
        </p>
      </Section>

      <Section id="example" heading={<>An example: Gaia Centre referrals by quarter, {financialYear}</>}>
        <p className="app-body">
          The editor below starts with this query, and the year in its variables. Press the run button (or Ctrl and Enter) to send it.
        </p>
        <pre className="app-code-block" tabIndex={0} aria-label="Example query">
          <code>{EXAMPLE_QUERY}</code>
        </pre>
        <pre className="app-code-block" tabIndex={0} aria-label="Example variables">
          <code>{exampleVariables(financialYear)}</code>
        </pre>
      </Section>

      <Section id="downloads" heading="Downloads for spreadsheets">
        <p className="app-body">
          Any figures answer also comes as a CSV or Excel file, through the same checks, with the same argument names
          (lists separated by commas). Send the same <code>Authorization: Bearer</code> header, with your token or the API
          key the VAWG Insight team gave you (<code>vik_…</code>):
        </p>
        <pre className="app-code-block" tabIndex={0} aria-label="Download address">
          <code>/downloads/figures.xlsx?{downloadQuery.toString().replace(/%2F/g, '/')}</code>
        </pre>
        <p className="app-body">
          Text a spreadsheet would run as a formula is written with a leading apostrophe. The quarterly return, every
          headline measure by quarter, comes the same way from <code>/downloads/quarterly-return.xlsx?financialYear={financialYear}</code>.
        </p>
        {session && <Downloads token={session.token} query={downloadQuery} />}
      </Section>

      <section className="app-section" aria-labelledby={editorHeadingId}>
        <h2 className="app-heading-l" id={editorHeadingId}>
          Try it
        </h2>
        <p className="app-body">
          Press Ctrl and Space in the editor for suggestions; the documentation button on the left describes every field.
          In the editor the Tab key indents: press Esc and then Tab to move on.
        </p>
        <div className="app-explorer__editor" role="region" aria-labelledby={editorHeadingId}>
          {session ? (
            <Suspense
              fallback={
                <p className="app-body" role="status">
                  Loading the editor…
                </p>
              }
            >
              <GraphiqlPanel token={session.token} financialYear={financialYear} />
            </Suspense>
          ) : (
            <p className="app-body">Sign in to try the editor.</p>
          )}
        </div>
      </section>
    </>
  );
}
