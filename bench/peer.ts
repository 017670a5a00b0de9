import { spawn } from 'node:child_process';
import path from 'node:path';
import { missVariables, postGraphql } from './query-bench';
import { quarterlyValues, SERIES } from './queries';
import { ratio, timed, timing, type Timing } from './stats';

export interface PeerResult {
  query: string;
  ours: Timing;
  peer: Timing;
  /** Peer p50 over ours: above 1 means ours is faster. */
  peerOverOurs: number | null;
  sameAnswer: boolean;
}

/** The quarterly series as PostGraphile + pg-aggregates asks it: one grouped aggregate over a date filter. */
const PEER_QUERY = `query PeerQuarterly($from: Date!, $to: Date!) {
  allGaiaReferrals(filter: { date: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }) {
    groupedAggregates(groupBy: [DATE_TRUNCATED_TO_QUARTER]) { keys count { refHash } }
  }
}`;

export interface PeerProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startPeer(databaseUrl: string): Promise<PeerProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'peer-server.ts')], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, PEER_DATABASE_URL: databaseUrl, GRAPHILE_ENV: process.env.GRAPHILE_ENV ?? 'production', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`PostGraphile did not start within 60 s: ${output.trim()}`)), 60_000);
    child.stdout.on('data', () => {
      const match = /peer ready at (\S+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`PostGraphile exited: ${output.trim()}`)); });
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Ours (QuarterlyFigures through the API) and the peer's, interleaved, over the same range: 5 to 30 pairs within about 20 s. */
/** Ours are misses (computed, as the peer's always are): a hit would compare the answer cache with a query. */
export async function benchPeer(peer: PeerProcess, ours: { graphqlUrl: string; token: string; document: string; variables: Record<string, unknown> }): Promise<PeerResult> {
  const askOurs = () => postGraphql(ours.graphqlUrl, ours.token, ours.document, missVariables(ours.variables));
  const askPeer = () => postGraphql(peer.url, ours.token, PEER_QUERY, { from: SERIES[0], to: SERIES[1] });
  const [ourData, peerData] = [await askOurs(), await askPeer()];
  const ourValues = quarterlyValues(ourData);
  const peerValues = [...peerData.allGaiaReferrals.groupedAggregates]
    .sort((a: { keys: string[] }, b: { keys: string[] }) => a.keys[0].localeCompare(b.keys[0]))
    .map((g: { count: { refHash: string } }) => Number(g.count.refHash));
  const samples = { ours: [] as number[], peer: [] as number[] };
  const started = Date.now();
  for (let run = 0; run < 30 && (run < 5 || Date.now() - started < 20_000); run += 1) {
    samples.ours.push((await timed(askOurs)).ms);
    samples.peer.push((await timed(askPeer)).ms);
  }
  const result = { ours: timing(samples.ours), peer: timing(samples.peer) };
  return {
    query: 'quarterly series of Gaia referrals, 2011/12 to 2013/14', ...result,
    peerOverOurs: ratio(result.peer.p50, result.ours.p50),
    sameAnswer: JSON.stringify(ourValues) === JSON.stringify(peerValues),
  };
}
