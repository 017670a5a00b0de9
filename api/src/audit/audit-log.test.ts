import crypto from 'node:crypto';
import { startTestApp, type TestApp } from '../server/app.test-helper';

let server: TestApp;
let funder: string;
let analyst: string;

beforeAll(async () => {
  server = await startTestApp({ rateLimitPerMinute: 0 }, { demoData: true });
  [funder, analyst] = await Promise.all([server.token('funder'), server.token('analyst')]);
});
afterAll(() => server.stop());

const ENTRY = 'id subject role operation arguments rowsReturned outcome documentHash fields { field alias arguments rowsReturned outcome }';

interface AuditedField { field: string; alias: string | null; arguments: Record<string, unknown>; rowsReturned: number | null; outcome: string }
interface Entry { id: string; subject: string; role: string; operation: string; arguments: Record<string, unknown>; rowsReturned: number | null; outcome: string; documentHash: string | null; fields: AuditedField[] }

async function auditLog(args = 'limit: 1'): Promise<Entry[]> {
  const { body } = await server.graphql(analyst, `{ auditLog(${args}) { ${ENTRY} } }`);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.auditLog;
}

const latestEntry = async () => (await auditLog())[0];
const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

describe('what the audit log records of a GraphQL request', () => {
  it('records the field that ran, its arguments as executed and the rows it sent, however the document was written', async () => {
    // A root fragment, inline arguments and a variable the document never declares: once read as "measures, 0 rows".
    const query = `query Sneaky { ...Breakdown }
      fragment Breakdown on Query { figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: MONTH, groupBy: [WARD, STRAND]) { rows { value } } }`;
    const { body } = await server.graphql(funder, query, { measure: 'measures', decoy: 'nothing to see' });
    const rows = body.data?.figures.rows.length;
    expect(rows).toBeGreaterThan(100);

    const executed = { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'MONTH', groupBy: ['WARD', 'STRAND'] };
    expect(await latestEntry()).toMatchObject({
      subject: 'test-funder',
      role: 'funder',
      operation: 'query Sneaky figures',
      arguments: { figures: executed },
      rowsReturned: rows,
      outcome: 'ok',
      documentHash: sha256(query),
      fields: [{ field: 'figures', alias: null, arguments: executed, rowsReturned: rows, outcome: 'ok' }],
    });
    expect(JSON.stringify(await latestEntry())).not.toContain('nothing to see');
  });

  it('gives each root field its own entry, with its own arguments (defaults applied) and rows', async () => {
    const query = `query Two($year: String = "2012/13") {
      byWard: figures(measure: "gaia.referrals", financialYear: $year, groupBy: [WARD]) { rows { value } }
      measures { id }
      quarters: figures(measure: "police.operations", financialYear: "2011/12", granularity: QUARTER) { total rows { value } }
    }`;
    const { body } = await server.graphql(funder, query);
    const byWard = body.data?.byWard.rows.length;
    expect(byWard).toBeGreaterThan(4);
    expect(body.data?.quarters.rows).toHaveLength(4);

    const entry = await latestEntry();
    expect(entry.fields).toEqual([
      { field: 'figures', alias: 'byWard', arguments: { measure: 'gaia.referrals', financialYear: '2012/13', groupBy: ['WARD'] }, rowsReturned: byWard, outcome: 'ok' },
      { field: 'measures', alias: null, arguments: {}, rowsReturned: 0, outcome: 'ok' },
      { field: 'figures', alias: 'quarters', arguments: { measure: 'police.operations', financialYear: '2011/12', granularity: 'QUARTER' }, rowsReturned: 4, outcome: 'ok' },
    ]);
    expect(entry).toMatchObject({ operation: 'query Two figures,measures', rowsReturned: byWard + 4, documentHash: sha256(query) });
    expect(Object.keys(entry.arguments)).toEqual(['byWard', 'measures', 'quarters']);
  });

  it('says which field was refused, and records only the fields that ran and the rows that went out', async () => {
    const query = `{ ok: figures(measure: "gaia.referrals", financialYear: "2012/13") { total rows { value } }
      refused: figures(measure: "gaia.referrals", from: "2012-04-01", to: "2012-06-30") { total }
      skipped: measures @skip(if: true) { id } }`;
    await server.graphql(funder, query);
    const entry = await latestEntry();
    expect(entry.fields.map(({ alias, rowsReturned, outcome }) => ({ alias, rowsReturned, outcome }))).toEqual([
      { alias: 'ok', rowsReturned: 0, outcome: 'ok' }, // its row was computed, but the refusal nulled the whole answer
      { alias: 'refused', rowsReturned: 0, outcome: 'error: FORBIDDEN' },
    ]);
    expect(entry).toMatchObject({ operation: 'query figures', outcome: 'error: FORBIDDEN', rowsReturned: 0 });
  });

  it('tells two requests with the same document apart from a different one by its hash', async () => {
    const query = '{ figures(measure: "gaia.referrals", financialYear: "2012/13") { total } }';
    await server.graphql(funder, query);
    await server.graphql(funder, query);
    await server.graphql(funder, query.replace('total', 'total suppressed'));
    const [third, second, first] = await auditLog('limit: 3');
    expect(first.documentHash).toBe(sha256(query));
    expect(second.documentHash).toBe(first.documentHash);
    expect(third.documentHash).not.toBe(first.documentHash);
  });
});

describe('what the audit log records of a download', () => {
  it('records one field, the download, with its checked arguments and rows', async () => {
    const response = await fetch(`${server.url}/downloads/figures.csv?measure=gaia.referrals&financialYear=2012/13&granularity=QUARTER&groupBy=STRAND`, {
      headers: { authorization: `Bearer ${funder}` },
    });
    expect(response.status).toBe(200);
    const entry = await latestEntry();
    expect(entry.rowsReturned).toBeGreaterThan(4);
    const checked = { measure: 'gaia.referrals', financialYear: '2012/13', from: null, to: null, granularity: 'QUARTER', groupBy: ['STRAND'], filter: null };
    expect(entry).toMatchObject({
      operation: 'download figures.csv',
      arguments: checked,
      outcome: 'ok',
      documentHash: null,
      fields: [{ field: 'download figures.csv', alias: null, arguments: checked, rowsReturned: entry.rowsReturned, outcome: 'ok' }],
    });
  });
});

describe('reading the audit log', () => {
  it('shows the newest first past a thousand entries, and pages back with before', async () => {
    await server.database.dataSource.query(`INSERT INTO audit_log (subject, role, operation, outcome) SELECT 'bulk', 'funder', 'query figures', 'ok' FROM generate_series(1, 1100)`);
    await server.graphql(funder, 'query Newest { measures { id } }');

    const page = await auditLog('limit: 5');
    expect(page[0]).toMatchObject({ subject: 'test-funder', operation: 'query Newest measures' });
    const ids = page.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids[0]).toBeGreaterThan(1100);

    const next = await auditLog(`limit: 3, before: "${page[4].id}"`);
    expect(next.map((e) => Number(e.id))).toEqual([ids[4] - 1, ids[4] - 2, ids[4] - 3]);
  });

  it('refuses a before that is not an entry id, naming the argument', async () => {
    for (const before of ['abc', '-1', '1.5', '99999999999999999999']) {
      const { body } = await server.graphql(analyst, `{ auditLog(before: "${before}") { id } }`);
      expect(body.errors?.[0]).toMatchObject({
        message: `Argument "before": must be the id of an audit entry, a whole number such as "1234"; got "${before}"`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'before' },
      });
    }
    const { body } = await server.graphql(analyst, '{ auditLog(limit: 5000) { id } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'Argument "limit": must be from 1 to 1000; got 5000', extensions: { code: 'BAD_USER_INPUT', argument: 'limit' } });
  });
});

describe('filtering the audit log', () => {
  // Entries of a made-up week, far from the entries the tests above write today.
  const WEEK = [
    ['ann', 'analyst', 'mutation Publish publishQuarterlyReturn', '2025-03-01 09:00'],
    ['ann', 'analyst', 'mutation createApiKey', '2025-03-02 23:30'], // 23:30 GMT: still 2 March in London
    ['api-key:7', 'funder', 'query Returns figures', '2025-03-03 08:00'],
    ['api-key:7', 'funder', 'download figures.csv', '2025-03-04 10:00'],
    ['bob', 'councillor', 'query figures', '2025-03-05 12:00'],
    ['ann', 'analyst', 'mutation revokeApiKey', '2025-03-06 00:30'],
    ['carol', 'member', 'mutation import_batch_50%', '2025-03-07 15:00'],
  ] as const;

  beforeAll(async () => {
    for (const [subject, role, operation, at] of WEEK) {
      await server.database.dataSource.query(`INSERT INTO audit_log (subject, role, operation, outcome, at) VALUES ($1, $2, $3, 'ok', ($4::timestamp AT TIME ZONE 'Europe/London'))`, [subject, role, operation, at]);
    }
  });

  const WITHIN = 'from: "2025-03-01", to: "2025-03-07"';
  const read = async (args: string) => (await auditLog(`${args}, limit: 50`)).map((e) => `${e.subject} ${e.operation}`);

  it('filters by person, role, operation (any case, any part, wildcards as written) and days, each alone', async () => {
    expect(await read(`${WITHIN}, subject: "ann"`)).toEqual(['ann mutation revokeApiKey', 'ann mutation createApiKey', 'ann mutation Publish publishQuarterlyReturn']);
    expect(await read(`${WITHIN}, subject: "api-key"`)).toEqual([]); // a person exactly, not a part of one
    expect(await read(`${WITHIN}, role: "funder"`)).toEqual(['api-key:7 download figures.csv', 'api-key:7 query Returns figures']);
    expect(await read(`${WITHIN}, operation: "APIKEY"`)).toEqual(['ann mutation revokeApiKey', 'ann mutation createApiKey']);
    expect(await read(`${WITHIN}, operation: "_50%"`)).toEqual(['carol mutation import_batch_50%']);
    expect(await read(`${WITHIN}, operation: "i_port"`)).toEqual([]); // _ and % are no wildcards
    expect(await read(`${WITHIN}, operation: "h%5"`)).toEqual([]);
    expect(await read('from: "2025-03-02", to: "2025-03-02"')).toEqual(['ann mutation createApiKey']);
    expect(await read('from: "2025-03-06", to: "2025-03-06"')).toEqual(['ann mutation revokeApiKey']);
    // From alone reaches today too (the tests above write entries today): one person's entries show where it starts.
    expect(await read('from: "2025-03-07", subject: "carol"')).toEqual(['carol mutation import_batch_50%']);
    expect(await read('from: "2025-03-08", subject: "carol"')).toEqual([]);
    expect((await read('to: "2025-03-01"'))[0]).toBe('ann mutation Publish publishQuarterlyReturn');
  });

  it('applies every filter given together, and pages back through the filtered entries with before', async () => {
    expect(await read(`${WITHIN}, role: "analyst", operation: "apikey"`)).toEqual(['ann mutation revokeApiKey', 'ann mutation createApiKey']);
    expect(await read('subject: "ann", role: "analyst", operation: "mutation", from: "2025-03-02", to: "2025-03-05"')).toEqual(['ann mutation createApiKey']);
    expect(await read(`${WITHIN}, subject: "ann", role: "funder"`)).toEqual([]);

    const first = await auditLog(`${WITHIN}, subject: "ann", limit: 2`);
    expect(first.map((e) => e.operation)).toEqual(['mutation revokeApiKey', 'mutation createApiKey']);
    const next = await auditLog(`${WITHIN}, subject: "ann", limit: 2, before: "${first[1].id}"`);
    expect(next.map((e) => e.operation)).toEqual(['mutation Publish publishQuarterlyReturn']);
  });

  it.each([
    ['role: "admin"', 'role', 'must be one of analyst, member, funder, councillor; got "admin"'],
    ['subject: ""', 'subject', 'must be 1 to 200 characters; got 0'],
    ['operation: ""', 'operation', 'must be 1 to 100 characters; got 0'],
    [`operation: "${'x'.repeat(101)}"`, 'operation', 'must be 1 to 100 characters; got 101'],
    ['from: "2025-02-30"', 'from', 'must be a day written YYYY-MM-DD, such as "2026-04-01"; got "2025-02-30"'],
    ['to: "March 2025"', 'to', 'must be a day written YYYY-MM-DD, such as "2026-04-01"; got "March 2025"'],
    ['from: "2025-03-07", to: "2025-03-01"', 'to', 'must not be before from (2025-03-07); got "2025-03-01"'],
  ])('refuses %s, naming the argument', async (args, argument, message) => {
    const { body } = await server.graphql(analyst, `{ auditLog(${args}) { id } }`);
    expect(body.errors?.[0]).toMatchObject({ message: `Argument "${argument}": ${message}`, extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it('refuses members, funders and councillors, whatever the filters', async () => {
    for (const role of ['member', 'funder', 'councillor'] as const) {
      const token = await server.token(role, role === 'councillor' ? ['E05000426'] : []);
      const { body } = await server.graphql(token, `{ auditLog(${WITHIN}, role: "funder") { id } }`);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].message).toMatch(/Access denied/);
    }
  });
});
