// The address decides the page. Every page but the overview and the workspace's front page loads on
// demand, with its stylesheets, so the first download stays small.
import type { ComponentType } from 'react';
import { lazyPage } from '../components/lazy-page';
import { HomePage } from '../features/home/components/home-page';
import { WorkspacePage } from '../features/workspace/components/workspace-page';
import { AnalystsOnly } from './analysts-only';
import { measureIdIn, paths, wardCodeIn } from './paths';
import { useAddress } from './router';
import { NotFoundPage } from './session-pages';

const ReviewPage = lazyPage(() => import('../features/review/components/review-page').then((m) => m.ReviewPage));
const StrandsPage = lazyPage(() => import('../features/strands/components/strands-page').then((m) => m.StrandsPage));
const IssuesPage = lazyPage(() => import('../features/issues/components/issues-page').then((m) => m.IssuesPage));
const MeasurePage = lazyPage(() => import('../features/measure/components/measure-page').then((m) => m.MeasurePage));
// Most visits never open the ward pages.
const WardMapPage = lazyPage(() => import('../features/wards/components/ward-map-page').then((m) => m.WardMapPage));
const WardPage = lazyPage(() => import('../features/wards/components/ward-page').then((m) => m.WardPage));
// The GraphQL editor inside the explorer loads later still: it is the heaviest code.
const ExplorerPage = lazyPage(() => import('../features/explorer/components/explorer-page').then((m) => m.ExplorerPage));
/** Most visits come with a token already. */
export const SignInPage = lazyPage(() => import('../features/sign-in/components/sign-in-page').then((m) => m.SignInPage));

/** The analysts' workspace: each task from its own feature, behind one analysts-only guard. */
const WORKSPACE_PAGES: Record<string, ComponentType> = {
  [paths.workspace]: WorkspacePage,
  [paths.workspaceImports]: lazyPage(() => import('../features/workspace-imports/components/imports-page').then((m) => m.ImportsPage)),
  [paths.workspaceTargets]: lazyPage(() => import('../features/workspace-targets/components/targets-page').then((m) => m.TargetsPage)),
  [paths.workspaceNotes]: lazyPage(() => import('../features/workspace-notes/components/notes-page').then((m) => m.NotesPage)),
  [paths.workspaceIssues]: lazyPage(() => import('../features/workspace-issues/components/issues-page').then((m) => m.IssuesWorkspacePage)),
  [paths.workspaceApiKeys]: lazyPage(() => import('../features/workspace-api-keys/components/api-keys-page').then((m) => m.ApiKeysPage)),
  [paths.workspaceReturn]: lazyPage(() => import('../features/workspace-return/components/return-page').then((m) => m.ReturnPage)),
  [paths.workspaceAudit]: lazyPage(() => import('../features/workspace-audit/components/audit-page').then((m) => m.AuditLogPage)),
};

/** The page for the current address; anything unknown is "page not found". */
export function CurrentPage() {
  const { pathname } = useAddress();
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case paths.overview:
      return <HomePage />;
    case paths.review:
      return <ReviewPage />;
    case paths.strands:
      return <StrandsPage />;
    case paths.issues:
      return <IssuesPage />;
    case paths.wards:
      return <WardMapPage />;
    case paths.explorer:
      return <ExplorerPage />;
    case paths.signIn:
      return <SignInPage />;
  }
  const WorkspaceTask = WORKSPACE_PAGES[path];
  if (WorkspaceTask) {
    return (
      <AnalystsOnly>
        <WorkspaceTask />
      </AnalystsOnly>
    );
  }
  const wardCode = wardCodeIn(path);
  // Keyed so a move to another ward or measure starts from a clean page.
  if (wardCode) return <WardPage key={wardCode} code={wardCode} />;
  const measureId = measureIdIn(path);
  return measureId ? <MeasurePage key={measureId} measureId={measureId} /> : <NotFoundPage />;
}
