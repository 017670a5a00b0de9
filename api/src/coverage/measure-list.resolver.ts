import { rolesFor } from '../access/access-matrix';
import { isControlledRole } from '../disclosure/disclosure-control';
import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { collectionsOfRequest } from '../figures/dataset-collection';
import { isDatasetName } from '../datasets/dataset-catalogue';
import type { RequestContext } from '../context/request-context';
import { DateScalar } from '../shared/date.scalar';
import { Measure } from '../measures/measure.type';
import { listMeasures } from '../measures/measures.service';

@Resolver(() => Measure)
export class MeasuresResolver {
  @Authorized(rolesFor('Query.measures'))
  @Query(() => [Measure], { description: 'The catalogue of measures that figures can be asked for.' })
  measures(@Ctx() context: RequestContext): Measure[] {
    return listMeasures(isControlledRole(context.user.role));
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'When the measure\'s dataset began to be collected: periods before it are "not collected", never 0 (see DataCoverage).',
  })
  async collectedFrom(@Root() measure: Measure, @Ctx() context: RequestContext): Promise<string | null> {
    if (!isDatasetName(measure.dataset)) return null;
    return (await collectionsOfRequest(context)).get(measure.dataset)?.collectedFrom ?? null;
  }
}
