import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function ReturnPage() {
  useDocumentTitle('Quarterly return');
  return <h1 className="app-heading-xl">Quarterly return</h1>;
}
