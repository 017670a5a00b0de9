import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../access/roles';
import type { RequestContext } from '../context/request-context';
import { EmergingIssue } from './emerging-issue.entity';
import { AddEmergingIssueUpdateArgs, CreateEmergingIssueArgs, EmergingIssuesArgs, UpdateEmergingIssueArgs } from './emerging-issue.input';
import { addEmergingIssueUpdate, createEmergingIssue, listEmergingIssues, updateEmergingIssue } from './emerging-issues.service';
import { signalsFiledUnder } from './signals.service';

@Resolver(() => EmergingIssue)
export class EmergingIssuesResolver {
  @Authorized(rolesFor('Query.emergingIssues'))
  @Query(() => [EmergingIssue], { description: 'The emerging-issues register: escalated, then watching, then closed; newest first within each.' })
  emergingIssues(@Ctx() context: RequestContext, @Args(() => EmergingIssuesArgs) args: EmergingIssuesArgs): Promise<EmergingIssue[]> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => listEmergingIssues(manager, args.status));
  }

  @Authorized(rolesFor('Mutation.createEmergingIssue'))
  @Mutation(() => EmergingIssue, { description: 'Adds an entry to the emerging-issues register (analysts only).' })
  async createEmergingIssue(@Ctx() context: RequestContext, @Args(() => CreateEmergingIssueArgs) args: CreateEmergingIssueArgs): Promise<EmergingIssue> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => createEmergingIssue(manager, reference, args.input, actorOf(context.user)));
  }

  @Authorized(rolesFor('Mutation.updateEmergingIssue'))
  @Mutation(() => EmergingIssue, { description: 'Replaces the fields of a register entry (analysts only).' })
  async updateEmergingIssue(@Ctx() context: RequestContext, @Args(() => UpdateEmergingIssueArgs) args: UpdateEmergingIssueArgs): Promise<EmergingIssue> {
    const reference = await context.reference();
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => updateEmergingIssue(manager, reference, args.id, args.input, actorOf(context.user)));
  }

  @Authorized(rolesFor('Mutation.addEmergingIssueUpdate'))
  @Mutation(() => EmergingIssue, { description: 'Adds a dated update to a register entry (analysts only).' })
  addEmergingIssueUpdate(@Ctx() context: RequestContext, @Args(() => AddEmergingIssueUpdateArgs) args: AddEmergingIssueUpdateArgs): Promise<EmergingIssue> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => addEmergingIssueUpdate(manager, args.id, args, actorOf(context.user)));
  }

  // Read only where the issue itself was readable (analysts and members), so no role check of its own.
  @FieldResolver(() => [ID], { description: 'The ids of the signals filed under the issue ("<measure>|<dimension>|<code>"), oldest link first; a link stays when its signal is no longer live.' })
  linkedSignals(@Ctx() context: RequestContext, @Root() issue: EmergingIssue): Promise<string[]> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => signalsFiledUnder(manager, issue.id));
  }
}
