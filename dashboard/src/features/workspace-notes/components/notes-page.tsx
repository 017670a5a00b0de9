import { useDocumentTitle } from '../../../lib/use-document-title';

// Placeholder until this page is built (issue 12).
export function NotesPage() {
  useDocumentTitle('Events and series breaks');
  return <h1 className="app-heading-xl">Events and series breaks</h1>;
}
