import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { holdsRealImports } from '../demo/demo-loader';
import { signToken, tokenVerifier } from '../access/token.service';
import { downloadsRouter } from '../downloads/downloads.router';
import { importsRouter } from '../import/imports.router';
import { isDatabaseUnavailable } from '../shared/database-unavailable';
import { replicaReadsPlugin } from '../context/replica-reads';
import { createLogger, type Logger } from '../observability/logger';
import { metricsHandler } from '../observability/metrics';
import { graphqlTelemetryPlugin } from '../observability/graphql-telemetry';
import { requestTracking, resumeRequestContext } from '../observability/request-context';
import { callerOf, identifyCaller } from '../access/authenticate';
import { auditPlugin } from '../audit/audit.plugin';
import { createAnswerCache } from '../answer-cache/answer-cache';
import { cachedReferenceCatalogue } from '../reference/reference-catalogue';
import type { RequestContext } from '../context/request-context';
import { buildApiSchema } from './schema';
import { graphqlBodyParser } from './body-limit';
import { namedOriginsCors } from './cors';
import { databaseUnavailableError, maskErrors, outageStatusPlugin, refuseWhenUnrecorded } from './error-masking';
import { bodyAlwaysSet, jsonErrors } from './http-errors';
import { healthRouter } from './health';
import { queryLimits } from './query-limits';
import { rateLimitPerCaller } from './rate-limit';
import { noStore, securityHeaders } from './security-headers';
import { signInRoutes } from '../sign-in/sign-in.router';
import { refuseUnstorableVariables, StorableTextRule } from './storable-text';

export interface RunningApp {
  server: http.Server;
  url: string;
  /** Stops taking requests, lets those in flight finish (up to 10 s), then stops. */
  close(): Promise<void>;
}

/**
 * Why GET /auth/demo-token must not hand out a token now, or undefined when it may. Asked on every
 * request (a rare one: the dashboard asks once per visit), so a real import closes the door at once.
 */
async function demoTokenRefusal(config: Config, dataSource: DataSource): Promise<string | undefined> {
  if (config.production) return 'Demo tokens are never issued in production: sign in with your own access token.';
  if (!config.demoData) return 'Demo tokens are only issued when the server runs with demo data.';
  if (await holdsRealImports(dataSource)) return 'Demo tokens are no longer issued: this database holds imported data, not only the demo data. Sign in with your own access token.';
  return undefined;
}

/** The API at /graphql and the built dashboard at /, on one port. */
export async function startApp(config: Config, dataSource: DataSource, port = config.port, logger: Logger = createLogger(config.logLevel)): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // Behind a balancer every request comes from its address: trust that many hops of X-Forwarded-For, no more.
  if (config.trustProxyHops > 0) app.set('trust proxy', config.trustProxyHops);
  const httpServer = http.createServer(app);
  const armor = queryLimits();
  const answerCache = createAnswerCache(config.answerCacheBytes, dataSource, logger);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    introspection: config.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(), // no explorer: it needs scripts from Apollo's CDN, which the CSP refuses
      // No per-field cache hints are set, and every answer is no-store (noStore): the plugin's work on each field would be waste.
      ApolloServerPluginCacheControlDisabled(),
      refuseWhenUnrecorded(auditPlugin(dataSource), logger),
      graphqlTelemetryPlugin,
      replicaReadsPlugin,
      outageStatusPlugin,
      ...armor.plugins,
      answerCache.plugin, // after replicaReadsPlugin: it keeps only answers read on the primary
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
  // Kept, but read again once the wards change (a vintage loaded with the server running); a failure is never remembered.
  const referenceCatalogue = cachedReferenceCatalogue(dataSource);
  let stopping = false;
  // Who is asking is verified once, first: the rate limit counts that identity and the body limit follows its role.
  const signIn = signInRoutes(config, dataSource, logger);
  const identify = signIn.identifyFromSession(identifyCaller(verifyToken, dataSource));
  const rateLimit = rateLimitPerCaller(config.rateLimitPerMinute);

  app.use(requestTracking(logger));
  app.use(securityHeaders(config.production));
  app.use(namedOriginsCors(config.corsOrigins));
  app.use(healthRouter(dataSource, () => stopping));
  app.get('/metrics', metricsHandler(config));
  app.use(signIn.router);

  // Demo data only: the dashboard fetches a member token by itself so a newcomer sees figures at once.
  // Refused with 404, which the dashboard answers with its sign-in page.
  app.get('/auth/demo-token', identify, rateLimit, async (_req, res) => {
    const refusal = await demoTokenRefusal(config, dataSource);
    if (refusal) {
      res.status(404).json({ error: refusal });
      return;
    }
    const token = await signToken(config.jwtSecret, { subject: 'demo-dashboard', role: 'member' });
    res.json({ token, role: 'member', demoData: true });
  });

  app.use(
    '/graphql',
    noStore, // every answer and refusal, hit or miss (a CORS preflight, answered earlier, carries no data)
    identify,
    rateLimit,
    graphqlBodyParser(config.graphqlMaxBodyBytes, config.importLimits.maxBytes),
    bodyAlwaysSet,
    resumeRequestContext,
    refuseUnstorableVariables,
    answerCache.serveHits,
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const caller = callerOf(res);
        if ('user' in caller) return { user: caller.user, config, dataSource, reference: referenceCatalogue };
        const { refusal } = caller;
        if (!(refusal instanceof GraphQLError) && isDatabaseUnavailable(refusal)) throw databaseUnavailableError();
        throw refusal;
      },
    }),
  );

  app.use('/downloads', identify, rateLimit, downloadsRouter(dataSource, referenceCatalogue));
  app.use('/imports', identify, rateLimit, importsRouter(config, dataSource, logger));

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
      await answerCache.close();
    },
  };
}
