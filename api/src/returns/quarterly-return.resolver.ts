import { rolesFor } from '../access/access-matrix';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withRowScope, ALL_ROWS } from '../access/request-scope';
import { toMeasure } from '../measures/measures.service';
import { refuseNamingTheArgument } from '../shared/argument-validation';
import type { RequestContext } from '../context/request-context';
import { publishQuarter, quarterlyReturn, type QuarterlyReturnData } from './quarterly-return.service';
import { PublishQuarterArgs, QuarterlyReturn, QuarterlyReturnArgs } from './quarterly-return.type';

function toGraphql(data: QuarterlyReturnData): QuarterlyReturn {
  return {
    ...data,
    lines: data.lines.map((line) => ({ ...line, measure: toMeasure(line.measure) })),
    revisions: data.revisions.map((revision) => ({ ...revision, measure: toMeasure(revision.measure) })),
  };
}

@Resolver()
export class QuarterlyReturnResolver {
  @Authorized(rolesFor('Query.quarterlyReturn'))
  @Query(() => QuarterlyReturn, { description: 'The quarterly return for a financial year: borough figures, frozen once published.' })
  async quarterlyReturn(@Ctx() context: RequestContext, @Args(() => QuarterlyReturnArgs, { validateFn: refuseNamingTheArgument }) { financialYear }: QuarterlyReturnArgs): Promise<QuarterlyReturn> {
    return toGraphql(await withRowScope(context.dataSource, context.user, ALL_ROWS, (manager) => quarterlyReturn(manager, financialYear)));
  }

  @Authorized(rolesFor('Mutation.publishQuarterlyReturn'))
  @Mutation(() => QuarterlyReturn, { description: 'Publishes (freezes) a finished quarter of the return (analysts only).' })
  async publishQuarterlyReturn(@Ctx() context: RequestContext, @Args(() => PublishQuarterArgs, { validateFn: refuseNamingTheArgument }) { financialYear, quarter }: PublishQuarterArgs): Promise<QuarterlyReturn> {
    return toGraphql(await withRowScope(context.dataSource, context.user, ALL_ROWS, async (manager) => {
      await publishQuarter(manager, financialYear, quarter, context.user.subject);
      return quarterlyReturn(manager, financialYear);
    }));
  }
}
