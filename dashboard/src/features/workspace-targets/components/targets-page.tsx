import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function TargetsPage() {
  useDocumentTitle('Targets');
  return <h1 className="app-heading-xl">Targets</h1>;
}
