import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function AuditLogPage() {
  useDocumentTitle('Audit log');
  return <h1 className="app-heading-xl">Audit log</h1>;
}
