import autocannon from 'autocannon';

export interface LoadResult {
  processes: number;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
  /** 'hits': the same request throughout (answered from the cache once warm); 'misses': a new key per request. */
  answers?: 'hits' | 'misses';
}

/**
 * autocannon against the quarterly review, `connections` in all, shared evenly between the URLs
 * given (with more than one, p99 is the worse of the runs': autocannon gives percentiles, not histograms).
 */
export async function loadTest(urls: string[], token: string, body: string, connections = 50, seconds = 10, answers: 'hits' | 'misses' = 'hits'): Promise<LoadResult> {
  let n = 0;
  // A miss per request: an unused variable of its own (graphql-js ignores it; the answer cache keys it).
  const missBody = () => body.replace('"variables":{', `"variables":{"benchMiss":"load-${process.pid}-${(n += 1)}",`);
  const runs = await Promise.all(urls.map((url) => autocannon({
    url, connections: Math.round(connections / urls.length), duration: seconds, method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
    ...(answers === 'misses' ? { requests: [{ setupRequest: (request: { body?: string }) => ({ ...request, body: missBody() }) }] } : {}),
  })));
  return {
    answers,
    processes: urls.length,
    connections,
    seconds,
    requestsPerSecond: Math.round(runs.reduce((sum, r) => sum + r.requests.total / r.duration, 0) * 10) / 10,
    p50Ms: Math.max(...runs.map((r) => r.latency.p50)),
    p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    failed: runs.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
  };
}
