import path from 'node:path';
import fc from 'fast-check';
import { Kind, parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import { DASHBOARD_FEATURES, dashboardDocument } from '../../test/support/dashboard-documents';
import type { FigureArgs } from '../figures/figure-query';
import { startTestApp, type TestApp } from '../server/app.test-helper';
import {
  answeredQuery, datasetArbitrary, disclosureProblems, equations, importGaiaCounts, periodOfLabel, pinnedSmallCells, WARDS,
  viewerTokens, type ControlledViewer, type Equation, type PublishedFigures,
} from './disclosure-differencing.test-helper';

/**
 * The printed ward briefing under disclosure control: the dashboard's own GraphQL documents for the
 * ward pages (read from dashboard/src/features/wards/graphql, so a new field there is covered at
 * once), sent as a councillor or funder would send them. No small count may come back, and the
 * answers of two briefings together never pin a small cell to one value.
 *
 * numRuns 30: each run imports a dataset and asks six documents (about 0.8 s on a busy 2-core
 * machine), so about 25 s; a primary-only suppression fails it within a few runs.
 */
const NUM_RUNS = 30;
const FINANCIAL_YEAR = '2012/13';
const DOCUMENTS = path.join(DASHBOARD_FEATURES, 'wards', 'graphql');
const BRIEFING_DOCUMENTS = ['ward-map-figures.graphql', 'ward-measure-figures.graphql', 'ward-strands.graphql'];

interface BriefingViewer extends ControlledViewer {
  /** The ward whose briefing is opened: a councillor's own. */
  ward: string;
}

const viewerArbitrary: fc.Arbitrary<BriefingViewer> = fc.oneof(
  fc.constantFrom(...WARDS).map((ward) => ({ role: 'funder' as const, wards: [], ward })),
  fc.constantFrom<string[]>([WARDS[0]], [WARDS[1]], [WARDS[1], WARDS[2]]).chain((wards) => fc.constantFrom(...wards).map((ward) => ({ role: 'councillor' as const, wards, ward }))),
);

/** Each `figures` field of a document: its alias and the arguments it is asked with. */
function figureFields(text: string, variables: Record<string, unknown>): { alias: string; args: FigureArgs }[] {
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation in the document');
  return operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'figures') return [];
    const args = Object.fromEntries((selection.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
    return [{ alias: selection.alias?.value ?? 'figures', args: args as unknown as FigureArgs }];
  });
}

interface AnswerRow { period?: { label: string } | null; key?: { code: string }[]; value: number | null; suppressed: boolean }

/** A field of the answer as the figures it publishes; what the document does not select stays undefined. */
function publishedBy(args: FigureArgs, answer: { total?: number | null; suppressed?: boolean; rows?: AnswerRow[] }): PublishedFigures {
  return {
    total: answer.total,
    suppressed: answer.suppressed,
    rows: (answer.rows ?? []).map((row) => ({
      period: row.period ? periodOfLabel(row.period.label) : null,
      key: (row.key ?? []).map((k, i) => ({ dimension: (args.groupBy ?? [])[i], code: k.code })),
      value: row.value,
      suppressed: row.suppressed,
    })),
  };
}

let app: TestApp;
beforeAll(async () => (app = await startTestApp({ rateLimitPerMinute: 0 })));
afterAll(() => app.stop());

/** Every figure a viewer's briefing shows, each checked against the records, as equations for the attacker. */
async function briefingEquations(counts: readonly number[], viewer: BriefingViewer, token: string): Promise<{ equations: Equation[]; withheld: number }> {
  const variables = { measure: 'gaia.referrals', financialYear: FINANCIAL_YEAR, ward: viewer.ward };
  const known: Equation[] = [];
  let withheld = 0;
  for (const file of BRIEFING_DOCUMENTS) {
    const text = dashboardDocument(path.join(DOCUMENTS, file));
    const { body } = await app.graphql(token, text, variables);
    if (body.errors) throw new Error(`${file} as ${JSON.stringify(viewer)}: ${body.errors.map((e) => e.message).join('; ')}`);
    for (const { alias, args } of figureFields(text, variables)) {
      const query = answeredQuery(viewer, { groupBy: args.groupBy ?? null, granularity: args.granularity ?? null, filter: args.filter ?? null });
      const published = publishedBy(args, body.data?.[alias]);
      const problems = disclosureProblems(counts, query, published);
      if (problems.length) throw new Error(`${file} ${alias} as ${JSON.stringify(viewer)}: ${problems.join('; ')}`);
      withheld += published.rows.filter((r) => r.suppressed).length + (published.suppressed ? 1 : 0);
      known.push(...equations(query, published));
    }
  }
  return { equations: known, withheld };
}

describe('the ward briefing under disclosure control', () => {
  it('asks for the figures its documents say, and nothing else', () => {
    const fields = BRIEFING_DOCUMENTS.flatMap((file) => figureFields(dashboardDocument(path.join(DOCUMENTS, file)), { measure: 'gaia.referrals', financialYear: FINANCIAL_YEAR, ward: WARDS[0] }).map((f) => `${file} ${f.alias}`));
    expect(fields).toEqual([
      'ward-map-figures.graphql byWard', 'ward-map-figures.graphql borough',
      'ward-measure-figures.graphql ward', 'ward-measure-figures.graphql borough', 'ward-measure-figures.graphql wardByQuarter', 'ward-measure-figures.graphql boroughByQuarter',
      'ward-strands.graphql ward', 'ward-strands.graphql borough',
    ]);
  });

  it('never shows a councillor or funder a small count, and two briefings never pin one', async () => {
    const tokenFor = viewerTokens((role, wards) => app.token(role, wards));
    let withheld = 0;
    await fc.assert(fc.asyncProperty(datasetArbitrary, viewerArbitrary, viewerArbitrary, async (counts, first, second) => {
      await importGaiaCounts(app.database.dataSource, counts);
      const briefings = await Promise.all([first, second].map(async (viewer) => briefingEquations(counts, viewer, await tokenFor(viewer))));
      withheld += briefings.reduce((sum, b) => sum + b.withheld, 0);
      const pinned = pinnedSmallCells(briefings.flatMap((b) => b.equations), counts);
      if (pinned.length) throw new Error(`${pinned.join('; ')} pinned by the briefings of ${JSON.stringify([first, second])}`);
    }), { numRuns: NUM_RUNS });
    expect(withheld).toBeGreaterThan(NUM_RUNS);
  });
});
