import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { toMeasure } from '../measures/measures.service';
import type { RequestContext } from '../context/request-context';
import { answerFigures } from './answer-figures';
import { FigureResult } from './figure-result.type';
import { FiguresArgs } from './figures.args';

@Resolver()
export class FiguresResolver {
  @Authorized(rolesFor('Query.figures'))
  @Query(() => FigureResult, { description: 'Figures for one measure over a financial year or a date range, optionally by period and broken down.' })
  async figures(@Ctx() context: RequestContext, @Args(() => FiguresArgs) args: FiguresArgs): Promise<FigureResult> {
    const result = await answerFigures(context, { ...args, filter: args.filter ? { ...args.filter } : null });
    return { ...result, measure: toMeasure(result.measure), notCollected: result.notCollected ?? [], notYetBegun: result.notYetBegun ?? [], collectedFrom: result.collectedFrom ?? null };
  }
}
