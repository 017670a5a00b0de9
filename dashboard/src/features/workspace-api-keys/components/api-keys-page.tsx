import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function ApiKeysPage() {
  useDocumentTitle('API keys');
  return <h1 className="app-heading-xl">API keys</h1>;
}
