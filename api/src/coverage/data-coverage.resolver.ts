import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { isControlledRole } from '../disclosure/disclosure-control';
import { rolesFor } from '../access/access-matrix';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import type { RequestContext } from '../context/request-context';
import { dataCoverage } from './data-coverage.service';
import { DataCoverage } from './data-coverage.type';

@Resolver(() => DataCoverage)
export class DataCoverageResolver {
  @Authorized(rolesFor('Query.dataCoverage'))
  @Query(() => DataCoverage, { description: 'What the data covers and today\'s place in the financial calendar: the periods every chooser offers.' })
  dataCoverage(@Ctx() context: RequestContext): Promise<DataCoverage> {
    // Months are borough-wide (record_months reads no counts), so the scope does not change them.
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => dataCoverage(manager, isControlledRole(context.user.role)));
  }
}
