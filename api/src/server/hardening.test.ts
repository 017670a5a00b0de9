import { parse, validate } from 'graphql';
import { buildApiSchema } from './schema';
import { queryLimits } from './query-limits';
import { signToken } from '../access/token.service';
import { startTestApp, type TestApp } from './app.test-helper';
import { dashboardPageDocuments } from '../../test/support/dashboard-documents';

let server: TestApp;
let member: string;
let analyst: string;

beforeAll(async () => {
  server = await startTestApp({ corsOrigins: ['https://partner.example.org'], rateLimitPerMinute: 0, introspection: true });
  [member, analyst] = await Promise.all([server.token('member'), server.token('analyst')]);
});
afterAll(() => server.stop());

const post = (body: string, headers: Record<string, string>) => fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

describe('security headers', () => {
  it('sends a Content-Security-Policy with no inline or foreign scripts, and no framing, with the dashboard', async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets no browser or proxy keep a GraphQL answer or refusal (no-store), whether worked out or from the answer cache', async () => {
    const query = JSON.stringify({ query: '{ measures { id } }' });
    const asked = [
      await post(query, { 'content-type': 'application/json', authorization: `Bearer ${member}` }),
      await post(query, { 'content-type': 'application/json', authorization: `Bearer ${member}` }),
      await post(query, { 'content-type': 'application/json', authorization: 'Bearer not-a-token' }),
    ];
    expect(asked.map((r) => [r.status, r.headers.get('answer-cache'), r.headers.get('cache-control')])).toEqual([
      [200, 'miss', 'no-store'], [200, 'hit', 'no-store'], [401, null, 'no-store'],
    ]);
  });

  it('answers cross-origin requests only for the origins named in CORS_ORIGINS', async () => {
    const preflight = (origin: string) => fetch(`${server.url}/graphql`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    const named = await preflight('https://partner.example.org');
    expect(named.status).toBe(204);
    expect(named.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(named.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('hostile GraphQL documents', () => {
  const figures = (alias: string) => `${alias}: figures(measure: "gaia.referrals", financialYear: "2012/13") { total }`;

  const ofTypes = (n: number) => `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;

  it('refuses more than 15 aliases, depth over 8, 50 directives and 2,000 tokens, without saying the limit', async () => {
    const allowed = [`{ ${Array.from({ length: 15 }, (_, i) => figures(`f${i}`)).join(' ')} }`, `{ __schema { types { fields { type { ${ofTypes(3)} } } } } }`];
    for (const query of allowed) expect((await server.graphql(member, query)).status).toBe(200);
    const documents = {
      aliases: `{ ${Array.from({ length: 16 }, (_, i) => figures(`f${i}`)).join(' ')} }`,
      depth: `{ __schema { types { fields { type { ${ofTypes(4)} } } } } }`,
      directives: `{ measures { id ${'@include(if: true) '.repeat(51)} } }`,
      tokens: `{ measures { ${'id '.repeat(2001)} } }`,
    };
    for (const [limit, query] of Object.entries(documents)) {
      const { status, body } = await server.graphql(member, query);
      expect([limit, status]).toEqual([limit, 400]);
      expect(body.data ?? null).toBeNull();
      expect(JSON.stringify(body)).not.toMatch(/\b(15|8|50|2000|1000)\b/);
    }
  });

  it('refuses a document that would cost more than 1,000', async () => {
    const rows = 'rows { period { label start end } key { dimension code label } value suppressed }';
    const measure = 'measure { id label description unit dataset dimensions countsPeople additive polarity }';
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `f${i}: figures(measure: "gaia.referrals") { total suppressed ${measure} ${rows} }`).join(' ')}
      quarterlyReturn(financialYear: "2012/13") { financialYear lines { ${measure} cells { quarter value published publishedAt } } revisions { financialYear quarter oldValue newValue detectedAt ${measure} } } }`;
    expect(validate(await buildApiSchema(), parse(query))).toEqual([]); // a valid document: only its cost is refused
    const { status, body } = await server.graphql(member, query);
    expect(status).toBe(400);
    expect(codes(body)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets every dashboard query and the eight-headline script through the limits', async () => {
    const schema = await buildApiSchema();
    const documents = dashboardPageDocuments();
    expect(documents.length).toBeGreaterThan(3);
    const headlines = `{ ${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(figures).join(' ')} }`;
    for (const source of [...documents.map((d) => d.text), headlines]) {
      const errors = validate(schema, parse(source, { maxTokens: 2000 }), queryLimits().validationRules);
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it('never suggests field names', async () => {
    const { body } = await server.graphql(member, '{ measure { id } }');
    expect(body.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('keeps introspection off when configured so (production)', async () => {
    const production = await startTestApp({ introspection: false }, { database: server.database });
    try {
      const { status, body } = await production.graphql(member, '{ __schema { types { name } } }');
      expect(status).toBe(400);
      expect(body.errors?.[0].message).toMatch(/introspection is not allowed/i);
    } finally {
      await production.app.close();
    }
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ measures { id } }' }, { query: '{ measures { id } }' }]), { 'content-type': 'application/json', authorization: `Bearer ${member}` });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ message: 'Operation batching disabled.' }] });
  });

  it('answers a syntax error with 400, not 500', async () => {
    const { status, body } = await server.graphql(member, '{ measures { id ');
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});

describe('text that cannot be stored', () => {
  it('refuses a NUL or half a surrogate pair in a variable or a literal, before anything runs', async () => {
    const mutation = 'mutation($name: String!) { createApiKey(name: $name) { key } }';
    for (const name of ['a\u0000b', 'x\ud800']) {
      const { status, body } = await server.graphql(analyst, mutation, { name });
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ message: 'Variable "$name": text must be valid Unicode with no NUL characters.', extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } }]);
    }
    const literal = await server.graphql(analyst, 'mutation { createApiKey(name: "a\\u0000b") { key } }');
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]).toMatchObject({ message: 'A string in the document breaks a rule: text must be valid Unicode with no NUL characters.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(await server.database.dataSource.query('SELECT count(*)::int AS n FROM api_key')).toEqual([{ n: 0 }]);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a mutation sent as a simple form post or with a text/plain body', async () => {
    const mutation = JSON.stringify({ query: 'mutation { createApiKey(name: "x") { key } }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(mutation, { 'content-type': contentType, authorization: `Bearer ${analyst}` });
      expect([contentType, response.status]).toEqual([contentType, 400]);
      expect((await response.json()).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    }
    expect(await server.database.dataSource.query('SELECT count(*)::int AS n FROM api_key')).toEqual([{ n: 0 }]);
  });

  it('refuses a query sent with GET and no preflight header, and any mutation over GET', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ measures { id } }')}`, { headers: { authorization: `Bearer ${member}` } });
    expect(get.status).toBe(400);
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { revokeApiKey(id: 1) { id } }')}`, {
      headers: { authorization: `Bearer ${analyst}`, 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
  });
});

describe('request bodies', () => {
  const rows = Array.from({ length: 4000 }, (_, i) => `OP-${i},2012-05-01,E05000420,kerb_crawling`);
  const query = JSON.stringify({
    query: 'mutation($csv: String!) { importDataset(dataset: police_operations, csv: $csv, dryRun: true) { status rowsRead } }',
    variables: { csv: ['ref,date,ward_code,operation_type', ...rows].join('\n') },
  });

  it('refuses more than 100 KB from anyone but an analyst, as JSON with code PAYLOAD_TOO_LARGE', async () => {
    expect(query.length).toBeGreaterThan(150 * 1024);
    const response = await post(query, { 'content-type': 'application/json', authorization: `Bearer ${member}` });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('accepts an analyst\'s larger body, for the importDataset mutation', async () => {
    const response = await post(query, { 'content-type': 'application/json', authorization: `Bearer ${analyst}` });
    expect(await response.json()).toEqual({ data: { importDataset: { status: 'checked', rowsRead: 4000 } } });
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await post('{"query": ', { 'content-type': 'application/json', authorization: `Bearer ${member}` });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
  });
});

describe('rate limiting', () => {
  it('gives each token its own budget and answers 429 with a JSON error past it', async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 3 }, { database: server.database });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await limited.graphql(member, '{ measures { id } }')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await limited.graphql(member, '{ measures { id } }');
      expect(refused.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Too many requests: at most 3 a minute for one user or API key\. Try again in \d+ s\.$/), extensions: { code: 'TOO_MANY_REQUESTS' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await limited.graphql(analyst, '{ measures { id } }')).status).toBe(200);
    } finally {
      await limited.app.close();
    }
  });

  it('counts the verified identity, not the token\'s text: junk appended to a token, or the same person re-signed, spends the same budget', async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 3 }, { database: server.database });
    try {
      const original = await signToken(limited.config.jwtSecret, { subject: 'rate-limited-member', role: 'member' });
      const resigned = await signToken(limited.config.jwtSecret, { subject: 'rate-limited-member', role: 'member' }, 3600);
      // Still verifies: base64url decoders ignore a signature's last bits, and a trailing "=".
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const lastBitFlipped = original.slice(0, -1) + alphabet[alphabet.indexOf(original.slice(-1)) ^ 1];
      const padded = `${original}=`;
      expect(new Set([original, resigned, lastBitFlipped, padded]).size).toBe(4);
      const statuses = [];
      for (const token of [original, resigned, lastBitFlipped, padded]) statuses.push((await limited.graphql(token, '{ measures { id } }')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Another person keeps their own budget.
      expect((await limited.graphql(await signToken(limited.config.jwtSecret, { subject: 'another-member', role: 'member' }), '{ measures { id } }')).status).toBe(200);
    } finally {
      await limited.app.close();
    }
  });

  it('counts a token that does not verify against the caller\'s address, however its text changes', async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 2 }, { database: server.database });
    try {
      const statuses = [];
      for (const junk of ['a', 'b', 'c']) statuses.push((await limited.graphql(`${member}${junk}`, '{ measures { id } }')).status);
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await limited.app.close();
    }
  });

  it('behind a proxy (TRUST_PROXY_HOPS=1), counts each client address from X-Forwarded-For, not the proxy\'s', async () => {
    const behindProxy = await startTestApp({ rateLimitPerMinute: 2, trustProxyHops: 1 }, { database: server.database });
    const direct = await startTestApp({ rateLimitPerMinute: 2 }, { database: server.database });
    try {
      const from = (app: typeof direct, address: string) => app.graphql(undefined, '{ measures { id } }', {}, { 'x-forwarded-for': address }).then((r) => r.status);
      expect([await from(behindProxy, '203.0.113.1'), await from(behindProxy, '203.0.113.1'), await from(behindProxy, '203.0.113.1')]).toEqual([expect.any(Number), expect.any(Number), 429]);
      expect(await from(behindProxy, '203.0.113.2')).not.toBe(429);
      // Without it, a forged header changes nothing: every request is the caller's own address.
      expect([await from(direct, '203.0.113.3'), await from(direct, '203.0.113.4'), await from(direct, '203.0.113.5')]).toEqual([expect.any(Number), expect.any(Number), 429]);
    } finally {
      await behindProxy.app.close();
      await direct.app.close();
    }
  });
});
