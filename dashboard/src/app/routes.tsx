import { HomePage } from '../features/home/components/home-page';
import { IssuesRoute } from '../features/issues/issues-route';
import { MeasureRoute } from '../features/measure/measure-route';
import { ReviewRoute } from '../features/review/review-route';
import { StrandsRoute } from '../features/strands/strands-route';
import { ExplorerRoute } from '../features/explorer/explorer-route';
import { SignInRoute } from '../features/sign-in/sign-in-route';
import { WardMapRoute, WardRoute } from '../features/wards/ward-routes';
import { WorkspaceFrontRoute, workspaceRouteFor } from '../features/workspace/workspace-routes';
import { measureIdIn, paths, wardCodeIn } from './paths';
import { useAddress } from './router';
import { NotFoundPage } from './session-pages';

/** The page for the current address; anything unknown is "page not found". */
export function CurrentPage() {
  const { pathname } = useAddress();
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case paths.overview:
      return <HomePage />;
    case paths.review:
      return <ReviewRoute />;
    case paths.strands:
      return <StrandsRoute />;
    case paths.issues:
      return <IssuesRoute />;
    case paths.wards:
      return <WardMapRoute />;
    case paths.explorer:
      return <ExplorerRoute />;
    case paths.signIn:
      return <SignInRoute />;
    case paths.workspace:
      return <WorkspaceFrontRoute />;
  }
  const workspacePage = workspaceRouteFor(path);
  if (workspacePage) return workspacePage;
  const wardCode = wardCodeIn(path);
  if (wardCode) return <WardRoute key={wardCode} code={wardCode} />;
  const measureId = measureIdIn(path);
  // Keyed so a move to another measure starts from a clean page.
  return measureId ? <MeasureRoute key={measureId} measureId={measureId} /> : <NotFoundPage />;
}
