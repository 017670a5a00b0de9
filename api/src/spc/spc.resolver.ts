import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../review/review-roles';
import type { RequestContext } from '../server/context';
import { SeriesBreak } from './series-break.entity';
import { addSeriesBreak, listSeriesBreaks, removeSeriesBreak, updateSeriesBreak } from './series-breaks.service';
import { AddSeriesBreakArgs, RemoveSeriesBreakArgs, SeriesBreaksArgs, SpcChartArgs, UpdateSeriesBreakArgs } from './spc-chart.args';
import { buildSpcChart } from './spc-chart.service';
import { SpcChart } from './spc-chart.type';
import { refuseNamingTheArgument } from '../shared/argument-validation';

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

  @Authorized(rolesFor('Query.seriesBreaks'))
  @Query(() => [SeriesBreak], { description: 'Recorded series breaks, by measure in the catalogue\'s order, then earliest first.' })
  seriesBreaks(@Ctx() context: RequestContext, @Args(() => SeriesBreaksArgs, { validateFn: refuseNamingTheArgument }) args: SeriesBreaksArgs): Promise<SeriesBreak[]> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => listSeriesBreaks(manager, args.measure));
  }

  @Authorized(rolesFor('Mutation.updateSeriesBreak'))
  @Mutation(() => SeriesBreak, { description: 'Changes a series break\'s measure, date and reason (analysts only).' })
  updateSeriesBreak(@Ctx() context: RequestContext, @Args(() => UpdateSeriesBreakArgs, { validateFn: refuseNamingTheArgument }) args: UpdateSeriesBreakArgs): Promise<SeriesBreak> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => updateSeriesBreak(manager, args.id, args));
  }

  @Authorized(rolesFor('Mutation.removeSeriesBreak'))
  @Mutation(() => SeriesBreak, { description: 'Removes a series break, so SPC no longer starts a new baseline there; returns it as it was (analysts only).' })
  removeSeriesBreak(@Ctx() context: RequestContext, @Args(() => RemoveSeriesBreakArgs, { validateFn: refuseNamingTheArgument }) args: RemoveSeriesBreakArgs): Promise<SeriesBreak> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => removeSeriesBreak(manager, args.id));
  }
}
