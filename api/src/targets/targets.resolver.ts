import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../access/roles';
import type { RequestContext } from '../context/request-context';
import { SetTargetArgs } from './set-target.input';
import { TargetReview, TargetStatus, TargetView } from './target.type';
import { TargetStatusesArgs, TargetsArgs } from './targets.args';
import { targetReview, targetStatuses } from './target-status.service';
import { listTargets, setTarget, toTargetView } from './targets.service';

@Resolver(() => TargetView)
export class TargetsResolver {
  @Authorized(rolesFor('Query.targets'))
  @Query(() => [TargetView], { description: 'The targets of a financial year, in the measure catalogue\'s order.' })
  async targets(@Ctx() context: RequestContext, @Args(() => TargetsArgs) args: TargetsArgs): Promise<TargetView[]> {
    const targets = await withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => listTargets(manager, args.financialYear));
    return targets.map(toTargetView);
  }

  @Authorized(rolesFor('Query.targetStatuses'))
  @Query(() => [TargetStatus], { description: 'Every target of a financial year as it stands at the end of a quarter: the quarterly review.' })
  async targetStatuses(@Ctx() context: RequestContext, @Args(() => TargetStatusesArgs) args: TargetStatusesArgs): Promise<TargetStatus[]> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => targetStatuses(manager, reference, args.financialYear, args.quarter));
  }

  @Authorized(rolesFor('Query.targetReview'))
  @Query(() => TargetReview, { description: 'The quarterly review of a financial year at the end of a quarter: every target\'s status, and a plain message when the year has no targets (any year can be asked for).' })
  async targetReview(@Ctx() context: RequestContext, @Args(() => TargetStatusesArgs) args: TargetStatusesArgs): Promise<TargetReview> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => targetReview(manager, reference, args.financialYear, args.quarter));
  }

  @Authorized(rolesFor('Mutation.setTarget'))
  @Mutation(() => TargetView, { description: 'Sets (or replaces) the target of a financial year and measure (analysts only).' })
  async setTarget(@Ctx() context: RequestContext, @Args(() => SetTargetArgs) args: SetTargetArgs): Promise<TargetView> {
    const target = await withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => setTarget(manager, args.input, actorOf(context.user)));
    return toTargetView(target);
  }
}
