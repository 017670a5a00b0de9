import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { actorOf } from '../access/roles';
import type { RequestContext } from '../context/request-context';
import { Annotation } from './annotation.type';
import { AddAnnotationArgs, AnnotationsArgs, RemoveAnnotationArgs, UpdateAnnotationArgs } from './annotations.args';
import { addAnnotation, listAnnotations, removeAnnotation, updateAnnotation } from './annotations.service';
import { refuseNamingTheArgument } from '../shared/argument-validation';

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

  @Authorized(rolesFor('Mutation.updateAnnotation'))
  @Mutation(() => Annotation, { description: 'Changes the date and title of an analyst\'s note (analysts only; timeline events are reference data).' })
  updateAnnotation(@Ctx() context: RequestContext, @Args(() => UpdateAnnotationArgs, { validateFn: refuseNamingTheArgument }) args: UpdateAnnotationArgs): Promise<Annotation> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => updateAnnotation(manager, args.id, args));
  }

  @Authorized(rolesFor('Mutation.removeAnnotation'))
  @Mutation(() => Annotation, { description: 'Removes an analyst\'s note from the time charts and returns it as it was (analysts only; timeline events are reference data).' })
  removeAnnotation(@Ctx() context: RequestContext, @Args(() => RemoveAnnotationArgs, { validateFn: refuseNamingTheArgument }) args: RemoveAnnotationArgs): Promise<Annotation> {
    return withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => removeAnnotation(manager, args.id));
  }
}
