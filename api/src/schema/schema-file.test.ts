import fs from 'node:fs';
import { buildApiSchema } from '../server/schema';
import { printApiSchema, SCHEMA_FILE } from './emit-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });

  it('carries the core contract names and argument types', async () => {
    const schema = await buildApiSchema();
    const figures = schema.getQueryType()?.getFields().figures;
    expect(figures?.args.map((a) => `${a.name}: ${a.type}`)).toEqual([
      'measure: ID!', 'financialYear: String', 'from: Date', 'to: Date', 'granularity: Granularity', 'groupBy: [Dimension!]', 'filter: FigureFilter',
    ]);
    expect(String(figures?.type)).toBe('FigureResult!');
    expect(String(schema.getQueryType()?.getFields().measures.type)).toBe('[Measure!]!');
    const fields = (name: string) => Object.values((schema.getType(name) as { getFields(): Record<string, { name: string; type: unknown }> }).getFields()).map((f) => `${f.name}: ${f.type}`);
    expect(fields('FigureResult')).toEqual(['measure: Measure!', 'total: Float', 'suppressed: Boolean!', 'releasedThrough: String', 'estimated: Boolean!', 'rows: [FigureRow!]!', 'notCollected: [Period!]!', 'notYetBegun: [Period!]!', 'collectedFrom: Date']);
    expect(fields('FigureRow')).toEqual(['period: Period', 'key: [DimensionValue!]!', 'value: Float', 'suppressed: Boolean!']);
    expect(fields('Period')).toEqual(['label: String!', 'start: Date!', 'end: Date!']);
    expect(fields('DimensionValue')).toEqual(['dimension: Dimension!', 'code: String!', 'label: String!']);
  });
});
