import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function IssuesWorkspacePage() {
  useDocumentTitle('Emerging issues');
  return <h1 className="app-heading-xl">Emerging issues</h1>;
}
