// The workspace's pages load on demand, each from its own feature, behind one analysts-only guard.
import { lazy, type ReactNode } from 'react';
import { paths } from '../../app/paths';
import { LazyPage } from '../../components/lazy-page';
import { AnalystsOnly } from './components/analysts-only';
import { WorkspacePage } from './components/workspace-page';

function WorkspaceRoute({ children }: { children: ReactNode }) {
  return (
    <AnalystsOnly>
      <LazyPage>{children}</LazyPage>
    </AnalystsOnly>
  );
}

export function WorkspaceFrontRoute() {
  return (
    <AnalystsOnly>
      <WorkspacePage />
    </AnalystsOnly>
  );
}

const ImportsPage = lazy(() => import('../workspace-imports/components/imports-page').then((m) => ({ default: m.ImportsPage })));
const TargetsPage = lazy(() => import('../workspace-targets/components/targets-page').then((m) => ({ default: m.TargetsPage })));
const NotesPage = lazy(() => import('../workspace-notes/components/notes-page').then((m) => ({ default: m.NotesPage })));
const IssuesWorkspacePage = lazy(() => import('../workspace-issues/components/issues-page').then((m) => ({ default: m.IssuesWorkspacePage })));
const ApiKeysPage = lazy(() => import('../workspace-api-keys/components/api-keys-page').then((m) => ({ default: m.ApiKeysPage })));
const ReturnPage = lazy(() => import('../workspace-return/components/return-page').then((m) => ({ default: m.ReturnPage })));
const AuditLogPage = lazy(() => import('../workspace-audit/components/audit-page').then((m) => ({ default: m.AuditLogPage })));

/** The workspace page at an address, or undefined when the address is not one. */
export function workspaceRouteFor(path: string): ReactNode | undefined {
  const page = WORKSPACE_PAGES[path];
  return page ? <WorkspaceRoute>{page()}</WorkspaceRoute> : undefined;
}

const WORKSPACE_PAGES: Record<string, () => ReactNode> = {
  [paths.workspaceImports]: () => <ImportsPage />,
  [paths.workspaceTargets]: () => <TargetsPage />,
  [paths.workspaceNotes]: () => <NotesPage />,
  [paths.workspaceIssues]: () => <IssuesWorkspacePage />,
  [paths.workspaceApiKeys]: () => <ApiKeysPage />,
  [paths.workspaceReturn]: () => <ReturnPage />,
  [paths.workspaceAudit]: () => <AuditLogPage />,
};
