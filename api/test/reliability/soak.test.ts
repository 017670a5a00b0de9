import { parse, type OperationDefinitionNode } from 'graphql';
import { signToken } from '../../src/access/token.service';
import { startServerProcess, type ServerProcess } from './server-process';
import { tally } from './tally';
import { dashboardPageDocuments } from '../support/dashboard-documents';
import { JsonPoster } from '../support/json-poster';

/**
 * A bounded soak on loopback: the dashboard's own queries, with the variables the dashboard sends,
 * from many connections at once for a fixed time, against the server as `npm start` runs it.
 * Zero errors, and memory that stays flat.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);
const JWT_SECRET = process.env.JWT_SECRET as string;

const MEASURES = ['police.operations', 'police.warning_letters', 'arrests.women_soliciting', 'arrests.women_drug_test_referred',
  'arrests.women_drug_test_referral_rate', 'arrests.men_buying', 'gaia.referrals', 'chrysalis.move_ons'];
/** What the dashboard puts in each variable, by name. */
const CHOICES: Record<string, unknown[]> = {
  measure: MEASURES, financialYear: ['2011/12', '2012/13', '2013/14'], from: ['2011-04-01'], to: ['2014-03-31'],
  quarter: [1, 2, 3, 4], limit: [10], strand: [null], ward: ['E05000426', 'E05000420'],
};

interface Request { name: string; query: string; variables: Record<string, unknown>; token: 'member' | 'funder' }

function dashboardRequests(): Request[] {
  return dashboardPageDocuments().flatMap(({ file, text: query }) => {
    const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (!operation || operation.operation !== 'query') return [];
    let combinations: Record<string, unknown>[] = [{}];
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const choices = CHOICES[name];
      if (!choices) return []; // a variable this soak does not know how to fill
      combinations = combinations.flatMap((c) => choices.map((value) => ({ ...c, [name]: value })));
    }
    const name = operation.name?.value ?? file;
    return combinations.flatMap((variables) => [
      { name, query, variables, token: 'member' as const },
      ...(name === 'HeadlineFigure' ? [{ name, query, variables, token: 'funder' as const }] : []), // a funder's script, audited
    ]);
  });
}

async function rssMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Math.round(Number(/^vawg_process_resident_memory_bytes (\d+)/m.exec(text)?.[1]) / 1024 / 1024);
}

describe('a bounded soak', () => {
  let server: ServerProcess;
  const poster = new JsonPoster(CONNECTIONS);
  // A bounded old space: V8 otherwise grows the heap in steps long before it collects (at ~1,000 requests a second
  // with the answer cache), which reads as growth. Bounded, a leak can only end in an out-of-memory crash, which fails.
  beforeAll(async () => (server = await startServerProcess({ DEMO_DATA: 'true', NODE_OPTIONS: '--max-old-space-size=384' })));
  afterAll(() => {
    poster.close();
    return server?.stop();
  });

  it(`answers the dashboard's queries from ${CONNECTIONS} connections for ${SECONDS} s with no errors and flat memory`, async () => {
    const tokens = {
      member: await signToken(JWT_SECRET, { subject: 'soak-member', role: 'member' }),
      funder: await signToken(JWT_SECRET, { subject: 'soak-funder', role: 'funder' }),
    };
    const send = async (request: Request) => {
      const answer = await poster.post(`${server.url}/graphql`, { query: request.query, variables: request.variables }, { authorization: `Bearer ${tokens[request.token]}` });
      return { status: answer.status, errors: (answer.body?.errors ?? []) as { message: string }[] };
    };

    // The dashboard would not send a combination that its own pages refuse (e.g. a ward map of a measure without wards).
    const requests: Request[] = [];
    const skipped = new Map<string, string>();
    for (const request of dashboardRequests()) {
      const answer = await send(request);
      if (answer.status === 200 && !answer.errors.length) requests.push(request);
      else skipped.set(request.name, answer.errors[0]?.message ?? `HTTP ${answer.status}`);
    }
    expect(new Set(requests.map((r) => r.name)).size).toBeGreaterThanOrEqual(8);

    const rssStartMb = await rssMb(server.url);
    // RSS every second. It saws up and down with garbage collection, so compare its floors: the third quarter's (after
    // V8 has grown its heap to the load: with the answer cache serving ~1,000 requests a second the heap steps up
    // once, about 25 s in) with the last quarter's. A leak keeps raising the floor; warm-up raises it once.
    const rssSamples: number[] = [];
    const sampler = setInterval(() => void rssMb(server.url).then((mb) => rssSamples.push(mb), () => undefined), 1000);
    const latencies: number[] = [];
    const byName = new Map<string, number[]>();
    const failures: string[] = [];
    let serverErrors = 0;
    const until = Date.now() + SECONDS * 1000;
    const worker = async () => {
      while (Date.now() < until) {
        const request = requests[Math.floor(Math.random() * requests.length)];
        const started = performance.now();
        try {
          const answer = await send(request);
          const took = performance.now() - started;
          latencies.push(took);
          byName.set(`${request.name} (${request.token})`, [...(byName.get(`${request.name} (${request.token})`) ?? []), took]);
          if (answer.status >= 500) serverErrors += 1;
          if (answer.status !== 200 || answer.errors.length) failures.push(`${request.name}: HTTP ${answer.status} ${answer.errors[0]?.message ?? ''}`);
        } catch (error) {
          failures.push(`${request.name}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    clearInterval(sampler);
    const rssEndMb = await rssMb(server.url);
    const quarter = Math.floor(rssSamples.length / 4);
    const rssSteadyMb = Math.min(...rssSamples.slice(2 * quarter, 3 * quarter));
    const rssFloorEndMb = Math.min(...rssSamples.slice(3 * quarter));

    latencies.sort((a, b) => a - b);
    const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]);
    const soak = { seconds: SECONDS, connections: CONNECTIONS, requests: latencies.length, errors: failures.length, rssStartMb, rssSteadyMb, rssFloorEndMb, rssEndMb, p50Ms: percentile(0.5), p99Ms: percentile(0.99) };
    tally({ soak, serverErrors });
    const slowest = [...byName].map(([name, times]) => [name, Math.round(times.reduce((a, b) => a + b, 0) / times.length), times.length] as const).sort((a, b) => b[1] - a[1]);
    process.stdout.write(`soak: ${JSON.stringify(soak)}; mean ms by operation: ${slowest.map(([n, ms, count]) => `${n} ${ms} ms ×${count}`).join(', ')}; kinds: ${new Set(requests.map((r) => r.name)).size}${skipped.size ? `; not soaked (they refuse the dashboard's variables): ${[...skipped].map(([n, m]) => `${n} (${m})`).join('; ')}` : ''}\n`);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(latencies.length).toBeGreaterThan(SECONDS * 20);
    process.stdout.write(`soak RSS (MB, each second): ${rssSamples.join(' ')}\n`);
    expect(rssSamples.length).toBeGreaterThan(SECONDS / 2);
    expect(rssFloorEndMb - rssSteadyMb).toBeLessThan(50);
    expect(server.child.exitCode).toBeNull();
  });
});
