import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function ImportsPage() {
  useDocumentTitle('Imports');
  return <h1 className="app-heading-xl">Imports</h1>;
}
