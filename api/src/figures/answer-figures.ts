import { authorizeFigures } from '../access/figure-access';
import { ALL_ROWS, setRowScope, withRowScope } from '../access/request-scope';
import { discloseFigures, needsDisclosure } from '../disclosure/disclose-figures';
import type { RequestContext } from '../server/context';
import { resolveFigureQuery, type FigureArgs } from './figure-query';
import { computeFigures, type FigureResultData } from './figures.service';

/**
 * The one way a figure leaves the system — GraphQL, downloads and briefings all come through
 * here: arguments checked, the role's rules applied, counting under row-level security, then
 * disclosure control for the roles that need it.
 */
export async function answerFigures(context: Pick<RequestContext, 'user' | 'dataSource' | 'reference'>, args: FigureArgs): Promise<FigureResultData> {
  const reference = await context.reference();
  const { query, scope } = authorizeFigures(context.user, resolveFigureQuery(args, reference));
  // One snapshot for the figures and their disclosure pattern: an import committing in between
  // could otherwise publish a small count under a pattern worked out for other numbers.
  return withRowScope(context.dataSource, context.user, scope, async (manager) => {
    const result = await computeFigures(manager, query, reference);
    if (!needsDisclosure(context.user, query)) return result;
    // The pattern is worked out over every record, so it is the same whoever asks; only yes/no per cell comes back.
    await setRowScope(manager, context.user, ALL_ROWS);
    return discloseFigures(manager, query, result, reference);
  }, 'REPEATABLE READ');
}
