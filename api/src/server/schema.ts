import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { FiguresResolver } from '../figures/figures.resolver';
import { MeasuresResolver } from '../coverage/measure-list.resolver';
import { ImportResolver } from '../import/import.resolver';
import { ApiKeyResolver } from '../api-keys/api-key.resolver';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { QuarterlyReturnResolver } from '../returns/quarterly-return.resolver';
import { DisclosureReleaseResolver } from '../returns/disclosure-release.resolver';
import { AnnotationsResolver } from '../annotations/annotations.resolver';
import { EmergingIssuesResolver } from '../issues/emerging-issues.resolver';
import { SignalsResolver } from '../issues/signals.resolver';
import { SpcChartResolver } from '../spc-charts/spc-chart.resolver';
import { SeriesBreaksResolver } from '../spc/series-breaks.resolver';
import { TargetsResolver } from '../targets/targets.resolver';
import { WARD_RESOLVERS } from '../wards/wards.resolver';
import { DataCoverageResolver } from '../coverage/data-coverage.resolver';
import type { RequestContext } from '../context/request-context';

/** Deny by default: every field marked @Authorized needs a user, and a role from the list when one is given. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.user) return false;
  return roles.length === 0 || roles.includes(context.user.role);
};

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [MeasuresResolver, FiguresResolver, ImportResolver, ApiKeyResolver, AuditLogResolver, QuarterlyReturnResolver, DisclosureReleaseResolver, DataCoverageResolver, TargetsResolver, SpcChartResolver, SeriesBreaksResolver, AnnotationsResolver, EmergingIssuesResolver, SignalsResolver, ...WARD_RESOLVERS],
    authChecker,
    validate: { forbidUnknownValues: true },
  });
}
