import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../access/roles';
import type { RequestContext } from '../context/request-context';
import { EmergingIssue } from './emerging-issue.entity';
import { LinkSignalToIssueArgs, SignalsArgs, UnlinkSignalArgs } from './signals.args';
import { findSignals, linkSignalToIssue, unlinkSignal } from './signals.service';
import { Signal } from './signal.type';
import { refuseNamingTheArgument } from '../shared/argument-validation';

@Resolver(() => Signal)
export class SignalsResolver {
  @Authorized(rolesFor('Query.signals'))
  @Query(() => [Signal], {
    description: 'Strand and ward series whose last three months show special-cause variation, ranked by score = rule severity (outside limits 3, two of three 2, shift 2, trend 1, summed) × recency (1, 0.5, 0.25) × (1 + distance from the mean in mean moving ranges, at most 5).',
  })
  async signals(@Ctx() context: RequestContext, @Args(() => SignalsArgs) args: SignalsArgs): Promise<Signal[]> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => findSignals(manager, reference, args.limit));
  }

  @Authorized(rolesFor('Mutation.linkSignalToIssue'))
  @Mutation(() => Signal, { description: 'Files a live signal under an emerging issue, replacing any earlier link (analysts only).' })
  async linkSignalToIssue(@Ctx() context: RequestContext, @Args(() => LinkSignalToIssueArgs) args: LinkSignalToIssueArgs): Promise<Signal> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => linkSignalToIssue(manager, reference, args.signalId, args.issueId, actorOf(context.user)));
  }

  @Authorized(rolesFor('Mutation.unlinkSignal'))
  @Mutation(() => EmergingIssue, { description: 'Takes a signal out of the register entry it is filed under, and returns that entry (analysts only).' })
  unlinkSignal(@Ctx() context: RequestContext, @Args(() => UnlinkSignalArgs, { validateFn: refuseNamingTheArgument }) args: UnlinkSignalArgs): Promise<EmergingIssue> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => unlinkSignal(manager, args.signalId));
  }
}
