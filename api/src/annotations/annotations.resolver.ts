import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../review/review-roles';
import type { RequestContext } from '../server/context';
import { Annotation } from './annotation.type';
import { AddAnnotationArgs, AnnotationsArgs } from './annotations.args';
import { addAnnotation, listAnnotations } from './annotations.service';

@Resolver(() => Annotation)
export class AnnotationsResolver {
  @Authorized(rolesFor('Query.annotations'))
  @Query(() => [Annotation], { description: 'Timeline events and analysts\' notes dated within the range, in date order: drawn on every time chart.' })
  annotations(@Ctx() context: RequestContext, @Args(() => AnnotationsArgs) args: AnnotationsArgs): Promise<Annotation[]> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => listAnnotations(manager, args));
  }

  @Authorized(rolesFor('Mutation.addAnnotation'))
  @Mutation(() => Annotation, { description: 'Adds an analyst\'s note to the time charts (analysts only).' })
  addAnnotation(@Ctx() context: RequestContext, @Args(() => AddAnnotationArgs) args: AddAnnotationArgs): Promise<Annotation> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => addAnnotation(manager, args, actorOf(context.user)));
  }
}
