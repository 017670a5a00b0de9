import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { rolesFor } from '../access/access-matrix';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import type { RequestContext } from '../context/request-context';
import { SpcChart } from './spc-chart.type';
import { SpcChartArgs } from './spc-chart.args';
import { buildSpcChart } from './spc-chart.service';

@Resolver(() => SpcChart)
export class SpcChartResolver {
  @Authorized(rolesFor('Query.spcChart'))
  @Query(() => SpcChart, { description: 'A measure\'s monthly series as an SPC (XmR) chart, for the borough or one strand or ward, with breaks and annotations.' })
  async spcChart(@Ctx() context: RequestContext, @Args(() => SpcChartArgs) args: SpcChartArgs): Promise<SpcChart> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => buildSpcChart(manager, reference, args));
  }
}
