import path from 'node:path';
import { loadConfig } from './config';
import { openDatabase, openRequestDataSource, prepareDatabase } from './db/database';
import { loadDemoDataIfEmpty } from './demo/demo-loader';
import { createLogger } from './observability/logger';
import { startApp } from './server/app';

/** Longer than Apollo's 10 s drain: if stopping hangs anyway (a stuck database), exit rather than linger. */
const SHUTDOWN_DEADLINE_MS = 20_000;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Logged, not fatal: one forgotten promise (say, a query during a database outage) must not take every request down with it.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'a promise failed and nothing handled it'));

  const database = await openDatabase({ announce: true });
  await prepareDatabase(database.dataSource);
  if (config.demoData) {
    const loaded = await loadDemoDataIfEmpty(database.dataSource, { directory: path.join(config.dataDir, 'demo'), hashSecret: config.importHashSecret });
    if (loaded) logger.info(`Loaded synthetic demo data: ${loaded.map((r) => `${r.inserted} ${r.dataset}`).join(', ')}.`);
  }
  const requests = await openRequestDataSource(database.url, config.databaseAppUrl, database.embedded);
  const app = await startApp(config, requests, config.port, logger);
  logger.info(`VAWG Insight is ready at ${app.url}/ (GraphQL API at ${app.url}/graphql) after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (config.demoData) logger.info('It shows synthetic demo data. Set DEMO_DATA=false to start with an empty database.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing requests in flight, then stopping.`);
    setTimeout(() => {
      logger.error(`Stopping took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting now.`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      await app.close();
      await requests.destroy();
      await database.close();
      logger.info('Stopped.');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Stopping failed.');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`VAWG Insight could not start: ${error.message}`);
  process.exit(1);
});
