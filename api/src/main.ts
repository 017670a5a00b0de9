import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { loadConfig, type Config } from './config';
import { openDatabase, openRequestDataSource, prepareDatabase, withStartupLock, type Database } from './db/database';
import { loadDemoDataIfEmpty } from './demo/demo-loader';
import { createLogger, type Logger } from './observability/logger';
import { startApp } from './server/app';

/** Longer than Apollo's 10 s drain: if stopping hangs anyway (a stuck database), exit rather than linger. */
const SHUTDOWN_DEADLINE_MS = 20_000;
/** More API process crashes than this within a minute is a fault a restart will not cure: stop. */
const MAX_CRASHES_PER_MINUTE = 5;
/** How the cluster's primary tells its API processes which database it prepared (internal, not a setting). */
const WORKER_DATABASE_ENV = 'VAWG_WORKER_DATABASE';

/** The database, migrated, with reference data and (if asked) the demo data: done once, by one process. */
async function prepare(config: Config, logger: Logger): Promise<Database> {
  const database = await openDatabase({ announce: true });
  await withStartupLock(database.dataSource, async () => {
    await prepareDatabase(database.dataSource);
    if (!config.demoData) return;
    const loaded = await loadDemoDataIfEmpty(database.dataSource, { directory: path.join(config.dataDir, 'demo'), hashSecret: config.importHashSecret });
    if (loaded) logger.info(`Loaded synthetic demo data: ${loaded.map((r) => `${r.inserted} ${r.dataset}`).join(', ')}.`);
  });
  return database;
}

/** Runs `finish` once on SIGINT or SIGTERM, and exits 1 if it takes longer than the deadline. */
function onStopSignal(logger: Logger, finish: () => Promise<void>): void {
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
      await finish();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Stopping failed.');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** The line people (and the tests) wait for, said once however many processes serve. */
function announceReady(config: Config, logger: Logger, url: string, started: number, processes = ''): void {
  logger.info(`VAWG Insight is ready at ${url}/ (GraphQL API at ${url}/graphql)${processes} after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (config.demoData) logger.info('It shows synthetic demo data. Set DEMO_DATA=false to start with an empty database.');
}

/** One process: prepare the database, then serve (API_PROCESSES=1, the default). */
async function runSingle(config: Config, logger: Logger, started: number): Promise<void> {
  const database = await prepare(config, logger);
  const requests = await openRequestDataSource(database.url, config.databaseAppUrl, database.embedded, config.databaseReplicaUrls);
  const app = await startApp(config, requests, config.port, logger);
  announceReady(config, logger, app.url, started);
  onStopSignal(logger, async () => {
    await app.close();
    await requests.destroy();
    await database.close();
    logger.info('Stopped.');
  });
}

/**
 * The cluster's primary: prepares the database once (migrations, demo import), then forks
 * API_PROCESSES workers that share the port (node:cluster hands out connections round-robin).
 * It serves nothing itself; it keeps the embedded server, if any, and replaces a crashed worker.
 */
async function runPrimary(config: Config, logger: Logger, started: number): Promise<void> {
  const database = await prepare(config, logger);
  const workerEnv = { [WORKER_DATABASE_ENV]: JSON.stringify({ url: database.url, embedded: database.embedded }) };
  let stopping = false;
  const crashes: number[] = [];
  const fork = () => cluster.fork(workerEnv);
  const exited = new Map<Worker, Promise<void>>();
  const track = (worker: Worker) => exited.set(worker, new Promise((resolve) => worker.once('exit', () => resolve())));

  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === config.apiProcesses) {
      announceReady(config, logger, `http://localhost:${address.port}`, started, ` with ${config.apiProcesses} API processes`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    exited.delete(worker);
    if (stopping) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes[0] < now - 60_000) crashes.shift();
    if (crashes.length > MAX_CRASHES_PER_MINUTE) {
      logger.fatal(`API processes crashed ${crashes.length} times within a minute; stopping.`);
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    logger.error(`API process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`);
    track(fork());
  });
  for (let i = 0; i < config.apiProcesses; i += 1) track(fork());

  onStopSignal(logger, async () => {
    stopping = true;
    const waits = [...exited.values()];
    // Each worker drains its own requests; the database stops only once they all have.
    for (const worker of exited.keys()) if (!worker.isDead()) worker.process.kill('SIGTERM');
    await Promise.all(waits);
    await database.close();
    logger.info('Stopped.');
  });
}

/** A cluster worker: the database is prepared already; open the request pool and serve. */
async function runWorker(config: Config, logger: Logger): Promise<void> {
  const { url, embedded } = JSON.parse(process.env[WORKER_DATABASE_ENV] as string) as { url: string; embedded: boolean };
  const requests = await openRequestDataSource(url, config.databaseAppUrl, embedded, config.databaseReplicaUrls);
  const app = await startApp(config, requests, config.port, logger);
  logger.debug(`API process ${process.pid} is serving ${app.url}.`);
  onStopSignal(logger, async () => {
    await app.close();
    await requests.destroy();
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Logged, not fatal: one forgotten promise (say, a query during a database outage) must not take every request down with it.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'a promise failed and nothing handled it'));

  if (cluster.isWorker && process.env[WORKER_DATABASE_ENV]) return runWorker(config, logger);
  if (config.apiProcesses > 1) return runPrimary(config, logger, started);
  return runSingle(config, logger, started);
}

main().catch((error: Error) => {
  console.error(`VAWG Insight could not start: ${error.message}`);
  process.exit(1);
});
