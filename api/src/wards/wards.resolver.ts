import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { rolesFor } from '../access/access-matrix';
import { FigureResult } from '../figures/figure-result.type';
import { toMeasure } from '../measures/measures.service';
import type { RequestContext } from '../context/request-context';
import { estimateOnWardBoundaries } from './ward-boundary-estimates';
import { WardType } from './ward.type';
import { WardBoundaryEstimatesArgs, WardsArgs } from './wards.args';
import { listWards } from './wards.service';

@Resolver(() => WardType)
export class WardsResolver {
  @Authorized(rolesFor('Query.wards'))
  @Query(() => [WardType], { description: 'Lambeth\'s wards valid on a day (default today), or every vintage with all: true (oldest first). Public geography.' })
  wards(@Ctx() context: RequestContext, @Args(() => WardsArgs) args: WardsArgs): Promise<WardType[]> {
    return listWards(context.dataSource, args);
  }

  @Authorized(rolesFor('Query.wardBoundaryEstimates'))
  @Query(() => FigureResult, {
    description: 'For the periods before a ward existed: estimates on its boundaries from a loaded best-fit lookup, each Σ share × the earlier '
      + 'ward\'s figure as the caller may see it (withheld where any of them is), rounded to whole numbers; estimated is true. No rows when no '
      + 'best-fit lookup covers the ward.',
  })
  async wardBoundaryEstimates(@Ctx() context: RequestContext, @Args(() => WardBoundaryEstimatesArgs) args: WardBoundaryEstimatesArgs): Promise<FigureResult> {
    const estimates = await estimateOnWardBoundaries(context, args);
    const result = { ...estimates, measure: toMeasure(estimates.measure) };
    return result;
  }
}

/** FigureResult.estimated: false for every figure but an estimate (the figures path never sets it). */
@Resolver(() => FigureResult)
export class FigureResultEstimatedResolver {
  @FieldResolver(() => Boolean)
  estimated(@Root() result: FigureResult): boolean {
    return result.estimated === true;
  }
}

export const WARD_RESOLVERS = [WardsResolver, FigureResultEstimatedResolver] as const;
