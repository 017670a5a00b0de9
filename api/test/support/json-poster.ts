import http from 'node:http';

export interface JsonAnswer {
  status: number;
  body: any;
}

/**
 * POSTs JSON over plain HTTP/1.1 on kept-alive sockets, for load and timing: fetch's web streams
 * cost the shared two cores more than a cached answer costs the server, so a soak or benchmark
 * driven by fetch measures its own client.
 */
export class JsonPoster {
  private readonly agent: http.Agent;

  /** `timeoutMs`: a request with no answer by then fails, as fetch's would, rather than hanging its caller. */
  constructor(connections: number, private readonly timeoutMs = 60_000) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
    const body = JSON.stringify(payload);
    const { hostname, port, pathname, search } = new URL(url);
    return new Promise((resolve, reject) => {
      const request = http.request({
        agent: this.agent, hostname, port, path: `${pathname}${search}`, method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          } catch {
            reject(new Error(`${url} answered ${response.statusCode} with a body that is not JSON: ${text.slice(0, 200)}`));
          }
        });
      });
      request.on('error', reject);
      request.setTimeout(this.timeoutMs, () => request.destroy(new Error(`${url} gave no answer within ${this.timeoutMs} ms`)));
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
