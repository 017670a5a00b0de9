import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { AuditLogEntry } from './audit-log-entry.type';
import { refuseNamingTheArgument } from '../shared/argument-validation';
import { AuditLogArgs } from './audit-log.args';
import { readAuditLog } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  @Authorized(rolesFor('Query.auditLog'))
  @Query(() => [AuditLogEntry], { description: 'The audited requests, newest first, a page at a time, filtered by person, role, operation and days (analysts only).' })
  auditLog(@Ctx() context: RequestContext, @Args(() => AuditLogArgs, { validateFn: refuseNamingTheArgument }) args: AuditLogArgs): Promise<AuditLogEntry[]> {
    return readAuditLog(context.dataSource, args);
  }
}
