import fc from 'fast-check';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { ROLES, type Role } from '../../src/access/roles';
import { buildApiSchema } from '../../src/server/schema';
import { startTestApp, type TestApp } from '../../src/server/app.test-helper';
import { tally } from './tally';

/**
 * Every argument of every query and mutation, filled with generated values (valid, nearly
 * valid and hostile), sent by every role, inline and as variables: the server may refuse, but
 * only as a client error, never a 500 or INTERNAL_SERVER_ERROR.
 */
const CLIENT_ERRORS = new Set(['BAD_USER_INPUT', 'NOT_COLLECTED', 'FORBIDDEN', 'UNAUTHENTICATED', 'UNAUTHORIZED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS ?? 100);

let server: TestApp;
let schema: GraphQLSchema;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  [server, schema] = await Promise.all([startTestApp({ rateLimitPerMinute: 0 }, { demoData: true }), buildApiSchema()]);
  for (const role of ROLES) tokens[role] = await server.token(role, role === 'councillor' ? ['E05000426'] : []);
});
afterAll(() => server.stop());

const KNOWN = [
  '2012/13', '2013/14', '2011/12', '2012-13', '2012', 'gaia.referrals', 'police.operations', 'arrests.women_drug_test_referral_rate', 'chrysalis.move_ons',
  'E05000426', 'E05000420', 'E99999999', 'domestic_violence', 'trafficking', 'unknown', 'female', 'police', 'funder', 'analyst', 'open', 'closed',
  '1', '0', '-1', '99999999999999999999', '2012-04-01', '2012-02-30', '2013-03-31', '9999-12-31', '0000-01-01', '1999-12-31', '2012-04-01T00:00:00Z',
  '', ' ', "'; DROP TABLE ward; --", '%', '_', '\\', '"', 'null', 'undefined', '__proto__', 'constructor', '../../etc/passwd',
  '=HYPERLINK("http://evil.example/","x")', '+1', '-1+1', '@SUM(A1)', 'NaN', 'Infinity', '1e309', '${jndi:ldap://x}', '<script>alert(1)</script>',
  'ref,date,ward_code,operation_type\nOP-1,2012-05-01,E05000420,kerb_crawling\n', 'ref\n\u0000', '\u0000', 'a\u0000b', '\ud800', 'x'.repeat(10_000),
];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{4}\/\d{2}$/) },
);

const integer: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 10 }),
  fc.integer(),
  fc.constantFrom(2_147_483_647, -2_147_483_648, 0, 1, 4, 5, 2012, 1_000_000),
);

/** A value for an input type: mostly well-typed, sometimes not (the server must coerce or refuse). */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueForNullable(type.ofType as GraphQLInputType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  return fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: valueForNullable(type, depth) });
}

function valueForNullable(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(text, integer, fc.boolean(), fc.double(), fc.constant({}), fc.constant([]));
  if (isListType(type)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(valueFor(type.ofType as GraphQLInputType, depth + 1), { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(valueForNullable(getNamedType(type) as GraphQLInputType, depth + 1), { minLength: 101, maxLength: 150 }) },
      { weight: 1, arbitrary: wrong },
    );
  }
  if (isEnumType(type)) return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: text });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])));
    return fc.oneof(
      { weight: 6, arbitrary: record.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))) },
      { weight: 1, arbitrary: record.map((r) => ({ ...r, notAField: 'x' })) },
      { weight: 1, arbitrary: wrong },
    );
  }
  switch (type.name) {
    case 'Int': return fc.oneof({ weight: 8, arbitrary: integer }, { weight: 1, arbitrary: wrong });
    case 'Float': return fc.oneof({ weight: 8, arbitrary: fc.double({ noNaN: true }) }, { weight: 1, arbitrary: wrong });
    case 'Boolean': return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrong });
    default: return fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: wrong });
  }
}

/** Every leaf of the result, and the leaves of its object fields: enough to run the field resolvers. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (!isObjectType(type)) return '';
  const parts = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type))).flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    if (depth >= 1) return [];
    const inner = selection(named, depth + 1);
    return inner ? [`${f.name} ${inner}`] : [];
  });
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

/** A GraphQL literal for a value, written as a client would; enums bare only where the type is an enum. */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(nullable) ? (nullable.ofType as GraphQLInputType) : nullable)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? nullable)}`).join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, values: unknown[], inline: boolean): { query: string; variables: Record<string, unknown> } {
  const given = field.args.map((arg, i) => ({ arg, value: values[i], name: `a${i}` })).filter((a) => a.value !== undefined);
  const variables = inline ? {} : Object.fromEntries(given.map((a) => [a.name, a.value]));
  const definitions = inline || !given.length ? '' : `(${given.map((a) => `$${a.name}: ${String(a.arg.type)}`).join(', ')})`;
  const args = given.length ? `(${given.map((a) => `${a.arg.name}: ${inline ? literal(a.value, a.arg.type) : `$${a.name}`}`).join(', ')})` : '';
  return { query: `${kind} Fuzz${definitions} { ${field.name}${args} ${selection(getNamedType(field.type))} }`, variables };
}

describe('every argument of every query and mutation, fuzzed', () => {
  it('gets client errors only: never a 500 or INTERNAL_SERVER_ERROR', async () => {
    const roots = [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const;
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let cases = 0;
    for (const [kind, type] of roots) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const args = fc.tuple(...field.args.map((a) => valueFor(a.type)), fc.constantFrom<Role | 'nobody'>(...ROLES, 'nobody'), fc.boolean());
        await fc.assert(
          fc.asyncProperty(args, async (generated) => {
            const values = generated.slice(0, field.args.length);
            const [role, inline] = generated.slice(field.args.length) as [Role | 'nobody', boolean];
            const { query, variables } = operation(kind, field, values, inline);
            const answer = await server.graphql(role === 'nobody' ? undefined : tokens[role], query, variables);
            cases += 1;
            const answerCodes = (answer.body.errors ?? []).map((e) => String(e.extensions?.code));
            for (const code of answerCodes) codes.set(code, (codes.get(code) ?? 0) + 1);
            const bad = answer.status >= 500 || answerCodes.some((c) => !CLIENT_ERRORS.has(c));
            if (bad) failures.push(`${kind}.${field.name} as ${role}: HTTP ${answer.status} ${JSON.stringify(answer.body.errors)}\n  ${query}\n  ${JSON.stringify(variables).slice(0, 300)}`);
            return !bad;
          }),
          { numRuns: RUNS_PER_FIELD, endOnFailure: true },
        ).catch(() => undefined); // every field is fuzzed; the failures are listed together below
      }
    }
    tally({ fuzzCases: cases, fuzzKinds: [`GraphQL arguments (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')})`], serverErrors: failures.filter((f) => / HTTP 5\d\d /.test(f)).length });
    expect(failures).toEqual([]);
  });
});
