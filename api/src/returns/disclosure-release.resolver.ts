import { Allow } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { rolesFor } from '../access/access-matrix';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import type { RequestContext } from '../context/request-context';
import { disclosureReleases, publishDisclosureRelease } from '../figures/disclosure-release.service';

@ObjectType({ description: 'A release: the months funders and councillors see, frozen when an analyst published them.' })
export class DisclosureRelease {
  @Field(() => ID)
  id: number;

  @Field({ description: 'The last month of the release, "YYYY-MM"; every month up to it is released.' })
  throughMonth: string;

  @Field()
  publishedAt: Date;

  @Field({ description: 'Who published it.' })
  publishedBy: string;
}

@ArgsType()
class PublishReleaseArgs {
  // Checked by publishDisclosureRelease, whose refusals name the argument and say what is right
  // (@Allow: with forbidUnknownValues, a class with no rule at all is refused outright).
  @Allow()
  @Field({ description: 'The last month to release, "YYYY-MM": a month that has ended, after the latest release.' })
  throughMonth: string;
}

@Resolver()
export class DisclosureReleaseResolver {
  @Authorized(rolesFor('Query.disclosureReleases'))
  @Query(() => [DisclosureRelease], { description: 'Every release, oldest first. Funders and councillors see counts of people as of the latest one.' })
  disclosureReleases(@Ctx() context: RequestContext): Promise<DisclosureRelease[]> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => disclosureReleases(manager));
  }

  @Authorized(rolesFor('Mutation.publishDisclosureRelease'))
  @Mutation(() => DisclosureRelease, { description: 'Releases every month up to throughMonth to funders and councillors, frozen from then on (analysts only).' })
  publishDisclosureRelease(@Ctx() context: RequestContext, @Args(() => PublishReleaseArgs) { throughMonth }: PublishReleaseArgs): Promise<DisclosureRelease> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => publishDisclosureRelease(manager, throughMonth, context.user.subject));
  }
}
