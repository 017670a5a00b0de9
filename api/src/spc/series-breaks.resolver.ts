import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../access/roles';
import type { RequestContext } from '../context/request-context';
import { SeriesBreak } from './series-break.entity';
import { addSeriesBreak, listSeriesBreaks, removeSeriesBreak, updateSeriesBreak } from './series-breaks.service';
import { AddSeriesBreakArgs, RemoveSeriesBreakArgs, SeriesBreaksArgs, UpdateSeriesBreakArgs } from './series-breaks.args';
import { refuseNamingTheArgument } from '../shared/argument-validation';

/** Breaks in a measure's series, where SPC starts a new baseline: analysts record them, everyone reads them. */
@Resolver(() => SeriesBreak)
export class SeriesBreaksResolver {
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
