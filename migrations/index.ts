import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';
import { AccessControl1763900100000 } from './1763900100000-AccessControl';
import { PublishedReturns1763900300000 } from './1763900300000-PublishedReturns';
import { QuarterlyReview1763900200000 } from './1763900200000-QuarterlyReview';
import { Rollups1763900400000 } from './1763900400000-Rollups';
import { TruthfulAudit1763900500000 } from './1763900500000-TruthfulAudit';
import { DisclosureReleases1763900600000 } from './1763900600000-DisclosureReleases';
import { WardVintages1763900700000 } from './1763900700000-WardVintages';
import { DatasetCollection1763900800000 } from './1763900800000-DatasetCollection';
import { ExploitationType1763900900000 } from './1763900900000-ExploitationType';
import { SignInSessions1763901000000 } from './1763901000000-SignInSessions';
import { ImportUndo1763901100000 } from './1763901100000-ImportUndo';
import { NullableRevisions1763901150000 } from './1763901150000-NullableRevisions';
import { WorkspaceRemovals1763901200000 } from './1763901200000-WorkspaceRemovals';
import { ApiKeyExpiry1763901300000 } from './1763901300000-ApiKeyExpiry';
import { AnswerVersion1763901400000 } from './1763901400000-AnswerVersion';
import { DisclosurePatterns1763901410000 } from './1763901410000-DisclosurePatterns';
import { ScopeReadOnce1763901500000 } from './1763901500000-ScopeReadOnce';

/**
 * Every migration. TypeORM runs them in the order of the timestamps in their names, not of this list;
 * listed explicitly so the bundle-free runtime and jest load the same set.
 */
export const MIGRATIONS = [InitialSchema1763900000000, AccessControl1763900100000, PublishedReturns1763900300000, QuarterlyReview1763900200000, Rollups1763900400000, TruthfulAudit1763900500000, DisclosureReleases1763900600000, WardVintages1763900700000, DatasetCollection1763900800000, ExploitationType1763900900000, SignInSessions1763901000000, ImportUndo1763901100000, NullableRevisions1763901150000, WorkspaceRemovals1763901200000, ApiKeyExpiry1763901300000, AnswerVersion1763901400000, DisclosurePatterns1763901410000, ScopeReadOnce1763901500000];
