import { useSignedInSession } from '../../../app/session-context';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { useDataCoverage } from '../../../graphql/data-coverage';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ImportHistory } from './import-history';
import { UploadForm } from './upload-form';
import { Section } from '../../../components/govuk/section';
import '../../../components/govuk/select.css';
import '../../../components/govuk/problem-message.css';
import '../imports.css';

/** /workspace/imports — upload a partner's file (check, then import), and the history of imports with undo. */
export function ImportsPage() {
  useDocumentTitle('Imports');
  const session = useSignedInSession();
  const { coverage, error } = useDataCoverage();
  const datasets = coverage?.datasets ?? [];
  const labelOf = (dataset: string) => datasets.find((d) => d.dataset === dataset)?.label ?? dataset;
  return (
    <>
      <h1 className="app-heading-xl">Imports</h1>
      <p className="app-body-l">Check a partner’s file against the import contract, import it, and undo an import that should not have been made.</p>
      <p className="app-body">
        Files are checked row by row. Unless you choose otherwise, a file with any invalid row is refused whole and nothing from it is
        stored. References and names in the file are never stored: each record is kept under a keyed hash of its reference, so
        importing the same file again changes nothing.
      </p>
      <Section id="upload" heading="Upload a file">
        {error ? (
          <ProblemMessage title="The datasets could not be loaded" error={error} />
        ) : !coverage || !session ? (
          <p className="app-body" role="status">
            Loading the datasets…
          </p>
        ) : (
          <UploadForm datasets={datasets} token={session.token} />
        )}
      </Section>
      <Section id="history" heading="Import history">
        <p className="app-body">
          Undo removes every record a batch added, from every figure at once. Only a batch that added new records can be undone: one
          that changed records stored before it cannot, because their earlier values are not kept, and nor can one whose records a
          later import has changed. To correct those, import a corrected file.
        </p>
        <ImportHistory labelOf={labelOf} />
      </Section>
    </>
  );
}
