import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useQueryParam } from '../../../app/router';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { YearSelect } from '../../../components/periods/year-select';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { WorkspaceTargetsDocument } from '../../../graphql/generated/graphql';
import { financialYearInWords } from '../../../lib/format';
import { financialYearBefore, isFinancialYear } from '../../../lib/financial-periods';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { WorkspaceTarget } from '../graphql/types';
import { emptyTargetForm, targetForm, type TargetFormState } from '../target-form-state';
import { targetYears, YEARS_AHEAD } from '../target-years';
import { OtherYear } from './other-year';
import { TargetForm } from './target-form';
import { YearTargetsTable } from './year-targets-table';
import { Section } from '../../../components/govuk/section';
import '../../../components/govuk/select.css';
import '../targets.css';

/** /workspace/targets — each measure's target for a financial year: see them, set one, change one. */
export function TargetsPage() {
  return <WithDataCoverage pageTitle="Targets">{(coverage) => <Targets coverage={coverage} />}</WithDataCoverage>;
}

function Targets({ coverage }: { coverage: DataCoverage }) {
  const [yearParam, setYearParam] = useQueryParam('year');
  // Any year may have targets, future ones included: the address may name one the list does not offer.
  const financialYear = isFinancialYear(yearParam) ? yearParam : coverage.currentFinancialYear;
  useDocumentTitle(`Targets ${financialYear}`);
  const { data, loading, error } = useQuery(WorkspaceTargetsDocument, { variables: { financialYear } });
  const measures = data?.measures ?? [];
  const [form, setForm] = useState<TargetFormState | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const [focusForm, setFocusForm] = useState(false);

  // A new year starts a blank form; so does the first load of the measures.
  useEffect(() => setForm(null), [financialYear]);
  useEffect(() => {
    if (focusForm) formHeading.current?.focus();
    setFocusForm(false);
  }, [focusForm]);

  const change = (target: WorkspaceTarget) => {
    setForm(targetForm(target));
    setSaved(null);
    setFocusForm(true);
  };

  return (
    <>
      <span className="app-caption-l">Workspace</span>
      <h1 className="app-heading-xl">Targets</h1>
      <p className="app-body-l">
        Each measure’s target for a financial year: the value, which way is better, how far behind profile still counts as amber,
        and how the year’s target is spread over its quarters.
      </p>
      <div className="app-filters">
        <YearSelect
          years={targetYears(coverage, yearParam)}
          value={financialYear}
          hint="Years with data and the next few; type another below."
          onChange={(year) => {
            setSaved(null);
            setYearParam(year);
          }}
        />
        <OtherYear example={financialYearBefore(coverage.currentFinancialYear, -(YEARS_AHEAD + 1))} onGo={(year) => setYearParam(year)} />
      </div>
      <SavedMessage>{saved}</SavedMessage>

      <Section id="year-targets" heading={<>Targets for {financialYear}</>}>
        {error ? (
          <ProblemMessage title={`The targets for ${financialYear} could not be loaded`} error={error} />
        ) : loading && !data ? (
          <p className="app-body" role="status">
            Loading the targets for {financialYear}…
          </p>
        ) : (data?.targets ?? []).length === 0 ? (
          <p className="app-body">No targets have been set for {financialYearInWords(financialYear)}. Set the first one below.</p>
        ) : (
          <YearTargetsTable financialYear={financialYear} targets={data?.targets ?? []} onChange={change} />
        )}
      </Section>

      {measures.length > 0 && (
        <section className="app-section">
          <TargetForm
            ref={formHeading}
            financialYear={financialYear}
            measures={measures}
            form={form ?? emptyTargetForm(measures[0])}
            onChange={setForm}
            onSaved={(message) => {
              setSaved(message);
              setForm(null);
            }}
          />
        </section>
      )}
    </>
  );
}
