import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { paths } from '../../../app/paths';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { useDataCoverage } from '../../../graphql/data-coverage';
import { useDimensionValues } from '../../../graphql/dimension-values';
import { WorkspaceIssuesDocument, WorkspaceSignalsDocument } from '../../../graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { RegisterIssue } from '../graphql/types';
import { SIGNALS_SHOWN } from '../hooks/register-changed';
import { IssueForm } from './issue-form';
import { RegisterEntry } from './register-entry';
import { SignalsToLink } from './signals-to-link';
import { Section } from '../../../components/govuk/section';
import '../../../components/govuk/select.css';
import '../issues.css';

/** /workspace/issues — keeping the emerging-issues register: new issues, status, dated updates, signals filed under each. */
export function IssuesWorkspacePage() {
  useDocumentTitle('Keep the emerging-issues register');
  const issues = useQuery(WorkspaceIssuesDocument);
  const signals = useQuery(WorkspaceSignalsDocument, { variables: { limit: SIGNALS_SHOWN } });
  const strands = useDimensionValues('gaia.referrals', 'STRAND', useDataCoverage().coverage);
  const [editing, setEditing] = useState<RegisterIssue | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const register = issues.data?.emergingIssues ?? [];
  const measures = issues.data?.measures ?? [];
  const live = new Map((signals.data?.signals ?? []).map((s) => [s.id, s]));
  const measureName = (id: string) => measures.find((m) => m.id === id)?.label ?? id;
  const strandName = (code: string) => strands.values.find((s) => s.code === code)?.label ?? code;
  const done = (message: string | null) => {
    setSaved(message);
    setEditing(null);
  };

  return (
    <>
      <span className="app-caption-l">Workspace</span>
      <h1 className="app-heading-xl">Emerging issues</h1>
      <p className="app-body-l">
        Keep the register the VAWG Operational Group follows: add issues, change their status, record dated updates, and file live
        signals under them. Members read it on the{' '}
        <a className="app-link" href={paths.issues}>
          emerging issues page
        </a>
        .
      </p>
      <SavedMessage>{saved}</SavedMessage>

      <Section id="workspace-register" heading="The register">
        {issues.error ? (
          <ProblemMessage title="The register could not be loaded" error={issues.error} />
        ) : issues.loading && !issues.data ? (
          <p className="app-body" role="status">
            Loading the register…
          </p>
        ) : register.length === 0 ? (
          <p className="app-body">There are no emerging issues on the register. Add the first one below.</p>
        ) : (
          <div className="app-issues">
            {register.map((issue) => (
              <RegisterEntry
                key={issue.id}
                issue={issue}
                measureName={measureName}
                strandName={strandName}
                live={live}
                onEdit={() => {
                  setSaved(null);
                  setEditing(issue);
                }}
                onDone={done}
              />
            ))}
          </div>
        )}
      </Section>

      {issues.data && (
        <section className="app-section">
          <IssueForm editing={editing} measures={measures} strands={strands.values} onDone={done} />
        </section>
      )}

      <Section id="workspace-signals" heading="Live signals">
        <p className="app-body">
          Series by Gaia strand or ward whose latest months show special cause variation, most marked first. File one under the
          issue that follows it up; filing it again moves it.
        </p>
        {signals.error ? (
          <ProblemMessage title="The signals could not be loaded" error={signals.error} />
        ) : signals.loading && !signals.data ? (
          <p className="app-body" role="status">
            Loading the signals…
          </p>
        ) : (signals.data?.signals ?? []).length === 0 ? (
          <p className="app-body">No series shows special cause variation in its latest months, so there is no signal to link.</p>
        ) : register.length === 0 ? (
          <p className="app-body">Add an issue to the register before filing signals under it.</p>
        ) : (
          <SignalsToLink signals={signals.data?.signals ?? []} issues={register} onDone={done} />
        )}
      </Section>
    </>
  );
}
