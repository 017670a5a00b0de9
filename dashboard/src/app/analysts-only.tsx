import type { ReactNode } from 'react';
import { useSignedInSession } from './session-context';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * A workspace page for analysts; anyone else is told it is not theirs. The server refuses their
 * operations whatever this shows: this only spares them a page of errors.
 */
export function AnalystsOnly({ children }: { children: ReactNode }) {
  const role = useSignedInSession()?.role;
  if (role === 'analyst') return <>{children}</>;
  return <NotForThisRole />;
}

function NotForThisRole() {
  useDocumentTitle('For analysts only');
  return (
    <>
      <h1 className="app-heading-xl">For analysts only</h1>
      <p className="app-body">
        This page is part of the analysts’ workspace, where the partnership’s data is imported and published. You are signed in
        with a role that reads figures only. If you need to do this work, ask the partnership’s data team to give your account the
        analyst role.
      </p>
    </>
  );
}
