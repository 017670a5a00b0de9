import { isControlledRole } from '../disclosure/disclosure-control';
import { authorizeFigures } from './figure-access';
import { ALL_ROWS, setRowScope } from '../access/request-scope';
import { datasetCollection, type DatasetCollection } from './dataset-collection';
import { discloseFigures, needsDisclosure } from './disclose-figures';
import { disclosureReleases, releasedPart } from './disclosure-release.service';
import type { RequestContext } from '../context/request-context';
import { findMeasure } from '../measures/measure-catalogue';
import { periodArgument, resolveFigureQuery, type FigureArgs, type FigureQuery } from './figure-query';
import { computeFigures, type FigureResultData } from './figures.service';
import { collectedPart } from './not-collected';
import { beganPart, notYetBegunError } from './not-yet-begun';
import { today } from '../config';

/**
 * The one way a figure leaves the system — GraphQL, downloads and briefings all come through
 * here: arguments checked, the role's rules applied, periods before the dataset was collected and
 * after today set apart, counting under row-level security, then disclosure control for the roles that need it.
 */
export async function answerFigures(context: Pick<RequestContext, 'user' | 'dataSource' | 'reference'>, args: FigureArgs): Promise<FigureResultData> {
  const reference = await context.reference();
  const asked = findMeasure(args.measure);
  const day = today();
  // One snapshot for the figures, the releases and the disclosure pattern: an import or a release
  // committing in between could otherwise publish a count under a pattern worked out for others.
  return context.dataSource.transaction('REPEATABLE READ', async (manager) => {
    // When the dataset began to be collected is the same whoever asks, so it is read before the row scope is set.
    const collection = asked ? await datasetCollection(manager, asked.dataset) : undefined;
    const { query: whole, scope } = authorizeFigures(context.user, resolveFigureQuery(args, reference, collection?.collectedFrom ?? null));
    if (whole.from > day) throw notYetBegunError(periodArgument(args), whole.from, day);
    // Periods still to come get no row either: their 0 would not be true.
    const settled = (result: FigureResultData): FigureResultData => ({ ...result, ...beganPart(result.rows, whole.granularity, whole, day) });
    await setRowScope(manager, context.user, scope);
    // Periods before collection began get no row: not collected is not 0.
    const { query, notCollected, collectedFrom } = collectedPart(whole, collection as DatasetCollection, periodArgument(args));
    const collected = { notCollected, collectedFrom };
    if (!readsReleases(context.user, query)) return settled({ ...(await computeFigures(manager, query, reference)), ...collected });
    // Counts of people reach funders and councillors only from releases: frozen months, so no
    // later import gives them a second version of a figure to subtract from the first.
    const releases = await disclosureReleases(manager);
    const latest = releases[releases.length - 1];
    const released = releasedPart(query, latest);
    const result = released ? await computeFigures(manager, released, reference, 'released') : nothingReleased(query);
    const answer = { ...result, releasedThrough: latest?.throughMonth ?? null, ...collected };
    if (!released || !needsDisclosure(context.user, query)) return settled(answer);
    // The pattern is worked out over every record, so it is the same whoever asks; only yes/no per cell comes back.
    await setRowScope(manager, context.user, ALL_ROWS);
    // Its cells are the whole year's, so it is given the year as asked; periods not collected still get no row.
    const disclosed = await discloseFigures(manager, whole, answer, reference, releases);
    const before = new Set(notCollected.map((period) => period.start));
    return settled({ ...disclosed, rows: disclosed.rows.filter((row) => !row.period || !before.has(row.period.start)) });
  });
}

/** Funders and councillors read counts of people from the releases; everyone else, and counts of operations, read live. */
function readsReleases(user: RequestContext['user'], query: FigureQuery): boolean {
  return isControlledRole(user.role) && query.measure.countsPeople;
}

function nothingReleased(query: FigureQuery): FigureResultData {
  return { measure: query.measure, total: null, suppressed: false, rows: [] };
}
