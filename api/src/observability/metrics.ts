import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry for the process: what /metrics serves, in Prometheus' text format. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'vawg_' });

const graphqlDuration = new Histogram({
  name: 'vawg_graphql_request_duration_seconds',
  help: 'Time to answer a GraphQL request, by operation name.',
  labelNames: ['operation'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const httpDuration = new Histogram({
  name: 'vawg_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by route family and status class.',
  labelNames: ['route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const graphqlErrors = new Counter({
  name: 'vawg_graphql_errors_total',
  help: 'GraphQL errors sent to clients, by code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR, ...).',
  labelNames: ['code'],
  registers: [metricsRegistry],
});

const imports = new Counter({
  name: 'vawg_imports_total',
  help: 'Imports run in this process, by dataset and outcome (imported, refused, checked, failed).',
  labelNames: ['dataset', 'status'],
  registers: [metricsRegistry],
});

const databaseUp = new Gauge({
  name: 'vawg_database_up',
  help: '1 when the last health check reached the database, 0 when it did not.',
  registers: [metricsRegistry],
});

/** Clients name their operations; only this many distinct names get their own series, so a script cannot grow memory without bound. */
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}

/** Route families, not paths: a path carries whatever a client typed. */
export function routeLabel(path: string): string {
  const family = /^\/(graphql|downloads|healthz|metrics|auth)\b/.exec(path)?.[1];
  return family ? `/${family}` : path.startsWith('/assets/') ? '/assets' : '/dashboard';
}

export function observeGraphqlRequest(operationName: string | null | undefined, seconds: number, errorCodes: readonly string[]): void {
  graphqlDuration.observe({ operation: operationLabel(operationName) }, seconds);
  for (const code of errorCodes) graphqlErrors.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
}

export function observeHttpRequest(path: string, status: number, seconds: number): void {
  httpDuration.observe({ route: routeLabel(path), status: `${Math.floor(status / 100)}xx` }, seconds);
}

/** Called by the importer once per import, whatever the outcome. */
export function countImport(dataset: string, status: 'imported' | 'refused' | 'checked' | 'failed'): void {
  imports.inc({ dataset, status });
}

export function setDatabaseUp(up: boolean): void {
  databaseUp.set(up ? 1 : 0);
}

/**
 * GET /metrics in Prometheus' text format: with METRICS_TOKEN set, only for "Authorization: Bearer
 * <METRICS_TOKEN>"; without one, only where metrics are public (development, or METRICS_PUBLIC=true).
 */
export function metricsHandler(access: { metricsToken: string | undefined; metricsPublic: boolean }): RequestHandler {
  const expected = access.metricsToken ? Buffer.from(`Bearer ${access.metricsToken}`) : undefined;
  return async (req, res) => {
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).json({ error: 'Metrics need "Authorization: Bearer <METRICS_TOKEN>".' });
        return;
      }
    } else if (!access.metricsPublic) {
      // Production's default: what the server is doing is not for anyone who can reach it.
      res.status(404).json({ error: 'Metrics are off: in production set METRICS_TOKEN (then send "Authorization: Bearer <METRICS_TOKEN>"), or METRICS_PUBLIC=true.' });
      return;
    }
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.end(await metricsRegistry.metrics());
  };
}
