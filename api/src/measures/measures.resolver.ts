import { rolesFor } from '../access/access-matrix';
import { Authorized, Query, Resolver } from 'type-graphql';
import { Measure } from './measure.type';
import { listMeasures } from './measures.service';

@Resolver(() => Measure)
export class MeasuresResolver {
  @Authorized(rolesFor('Query.measures'))
  @Query(() => [Measure], { description: 'The catalogue of measures that figures can be asked for.' })
  measures(): Measure[] {
    return listMeasures();
  }
}
