import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../review/review-roles';
import type { RequestContext } from '../server/context';
import { SeriesBreak } from './series-break.entity';
import { addSeriesBreak } from './series-breaks.service';
import { AddSeriesBreakArgs, SpcChartArgs } from './spc-chart.args';
import { buildSpcChart } from './spc-chart.service';
import { SpcChart } from './spc-chart.type';

@Resolver(() => SpcChart)
export class SpcResolver {
  @Authorized(rolesFor('Query.spcChart'))
  @Query(() => SpcChart, { description: 'A measure\'s monthly series as an SPC (XmR) chart, for the borough or one strand or ward, with breaks and annotations.' })
  async spcChart(@Ctx() context: RequestContext, @Args(() => SpcChartArgs) args: SpcChartArgs): Promise<SpcChart> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => buildSpcChart(manager, reference, args));
  }

  @Authorized(rolesFor('Mutation.addSeriesBreak'))
  @Mutation(() => SeriesBreak, { description: 'Records a break in a measure\'s series: SPC starts a new baseline there (analysts only).' })
  addSeriesBreak(@Ctx() context: RequestContext, @Args(() => AddSeriesBreakArgs) args: AddSeriesBreakArgs): Promise<SeriesBreak> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => addSeriesBreak(manager, args, actorOf(context.user)));
  }
}
