import { graphql, type GraphQLSchema } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { runCli } from '../../test/run-cli';
import { verifyToken } from '../access/token.service';
import { loadConfig, type Config } from '../config';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import type { RequestContext } from '../context/request-context';
import { buildApiSchema } from '../server/schema';

let db: TestDatabase;
let schema: GraphQLSchema;
const BRIXTON_ACRE_LANE = 'E05014095';
const BRIXTON_NORTH = 'E05014096';

beforeAll(async () => {
  db = await createTestDatabase();
  schema = await buildApiSchema();
  // Operations are not counts of people: councillors read them live, under row-level security.
  await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type',
    'OP-1,2025-06-01,E05014095,kerb_crawling', 'OP-2,2025-07-01,E05014095,kerb_crawling', 'OP-3,2025-07-01,E05014096,kerb_crawling'));
});
afterAll(() => db.drop());

describe('a councillor of a ward since May 2022', () => {
  it('gets a token from npm run token, and reads that ward through row-level security, and only that ward', async () => {
    const printed = runCli('src/access/token.cli.ts', ['--role', 'councillor', '--ward', BRIXTON_ACRE_LANE], { ...process.env, DATABASE_URL: db.url });
    expect(printed.status).toBe(0);
    const user = await verifyToken(loadConfig().jwtSecret, printed.stdout.trim());
    expect(user).toEqual({ subject: 'cli:councillor', role: 'councillor', wards: [BRIXTON_ACRE_LANE] });

    const contextValue: RequestContext = { user, config: {} as Config, dataSource: db.requestDataSource, reference: () => loadReferenceCatalogue(db.dataSource) };
    const byWard = await graphql({ schema, contextValue, source: '{ figures(measure: "police.operations", financialYear: "2025/26", groupBy: [WARD]) { total rows { key { code label } value } } }' });
    expect(byWard.errors).toBeUndefined();
    expect(byWard.data?.figures).toEqual({ total: 2, rows: [{ key: [{ code: BRIXTON_ACRE_LANE, label: 'Brixton Acre Lane' }], value: 2 }] });
    const other = await graphql({ schema, contextValue, source: `{ figures(measure: "police.operations", financialYear: "2025/26", filter: { ward: ["${BRIXTON_NORTH}"] }) { total } }` });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
