import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { signToken, tokenVerifier } from '../access/token.service';
import { downloadsRouter } from '../downloads/downloads.router';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { replicaReadsPlugin } from '../db/replica-reads';
import { createLogger, type Logger } from '../observability/logger';
import { metricsHandler } from '../observability/metrics';
import { graphqlTelemetryPlugin } from '../observability/graphql-telemetry';
import { requestTracking, resumeRequestContext } from '../observability/request-context';
import { authenticate } from './authenticate';
import { auditPlugin } from '../audit/audit.plugin';
import { loadReferenceCatalogue, type ReferenceCatalogue } from '../reference/reference-catalogue';
import type { RequestContext } from './context';
import { buildApiSchema } from './schema';
import { graphqlBodyParser } from './body-limit';
import { namedOriginsCors } from './cors';
import { databaseUnavailableError, maskErrors, outageStatusPlugin, refuseWhenUnrecorded } from './error-masking';
import { bodyAlwaysSet, jsonErrors } from './http-errors';
import { healthRouter } from './health';
import { queryLimits } from './query-limits';
import { rateLimitPerToken } from './rate-limit';
import { securityHeaders } from './security-headers';
import { refuseUnstorableVariables, StorableTextRule } from './storable-text';

export interface RunningApp {
  server: http.Server;
  url: string;
  /** Stops taking requests, lets those in flight finish (up to 10 s), then stops. */
  close(): Promise<void>;
}

/** The API at /graphql and the built dashboard at /, on one port. */
export async function startApp(config: Config, dataSource: DataSource, port = config.port, logger: Logger = createLogger(config.logLevel)): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // Behind a balancer every request comes from its address: trust that many hops of X-Forwarded-For, no more.
  if (config.trustProxyHops > 0) app.set('trust proxy', config.trustProxyHops);
  const httpServer = http.createServer(app);
  const armor = queryLimits();
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    introspection: config.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(), // no explorer: it needs scripts from Apollo's CDN, which the CSP refuses
      refuseWhenUnrecorded(auditPlugin(dataSource), logger),
      graphqlTelemetryPlugin,
      replicaReadsPlugin,
      outageStatusPlugin,
      ...armor.plugins,
    ],
    validationRules: [...armor.validationRules, StorableTextRule],
    parseOptions: armor.parseOptions,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(logger),
    stopOnTerminationSignals: false, // main.ts owns shutdown
    logger: logger.child({ component: 'apollo' }),
  });
  await apollo.start();

  const verifyToken = tokenVerifier(config);
  let reference: Promise<ReferenceCatalogue> | undefined;
  const referenceCatalogue = () => (reference ??= loadReferenceCatalogue(dataSource).catch((error) => {
    reference = undefined; // a failure during an outage must not be remembered after it
    throw error;
  }));
  let stopping = false;
  const rateLimit = rateLimitPerToken(config.rateLimitPerMinute);

  app.use(requestTracking(logger));
  app.use(securityHeaders(config.production));
  app.use(namedOriginsCors(config.corsOrigins));
  app.use(healthRouter(dataSource, () => stopping));
  app.get('/metrics', metricsHandler(config.metricsToken));

  // Demo mode only: the dashboard fetches a member token by itself so a newcomer sees figures at once.
  app.get('/auth/demo-token', rateLimit, async (_req, res) => {
    if (!config.demoData) {
      res.status(404).json({ error: 'Demo tokens are only issued when the server runs with demo data.' });
      return;
    }
    const token = await signToken(config.jwtSecret, { subject: 'demo-dashboard', role: 'member' });
    res.json({ token, role: 'member', demoData: true });
  });

  app.use(
    '/graphql',
    rateLimit,
    graphqlBodyParser(verifyToken, config.graphqlMaxBodyBytes, config.importLimits.maxBytes),
    bodyAlwaysSet,
    resumeRequestContext,
    refuseUnstorableVariables,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return {
            user: await authenticate(req.headers.authorization, verifyToken, dataSource),
            config, dataSource, reference: referenceCatalogue,
          };
        } catch (error) {
          if (!(error instanceof GraphQLError) && isDatabaseUnavailable(error)) throw databaseUnavailableError();
          throw error;
        }
      },
    }),
  );

  app.use('/downloads', rateLimit, downloadsRouter(verifyToken, dataSource, referenceCatalogue));

  const index = path.join(config.dashboardDist, 'index.html');
  app.use(express.static(config.dashboardDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|auth|healthz|downloads|metrics).*/, (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
    else res.status(503).type('text').send('The dashboard has not been built: run "npm start" from the repository root.');
  });
  app.use(jsonErrors(logger, config));

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const address = httpServer.address() as { port: number };
  return {
    server: httpServer,
    url: `http://localhost:${address.port}`,
    async close() {
      stopping = true;
      await apollo.stop();
    },
  };
}
