import autocannon from 'autocannon';

export interface LoadResult {
  processes: number;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

/**
 * autocannon against the quarterly review, `connections` in all, shared evenly between the URLs
 * given (with more than one, p99 is the worse of the runs': autocannon gives percentiles, not histograms).
 */
export async function loadTest(urls: string[], token: string, body: string, connections = 50, seconds = 10): Promise<LoadResult> {
  const runs = await Promise.all(urls.map((url) => autocannon({
    url, connections: Math.round(connections / urls.length), duration: seconds, method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
  })));
  return {
    processes: urls.length,
    connections,
    seconds,
    requestsPerSecond: Math.round(runs.reduce((sum, r) => sum + r.requests.total / r.duration, 0) * 10) / 10,
    p50Ms: Math.max(...runs.map((r) => r.latency.p50)),
    p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    failed: runs.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
  };
}
