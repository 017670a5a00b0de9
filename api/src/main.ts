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

/** Thrown inside start-up once a stop signal has come: unwinds it, and the signal's handler stops what had started. */
class StartupStopped extends Error {}

/**
 * What this process has started, stopped newest first on SIGINT or SIGTERM. Its handlers are
 * installed before anything starts: a signal during start-up lets the step in flight finish (a
 * migration or the demo import is never left half-done), then stops whatever has started, the
 * embedded PostgreSQL included, and exits 0, as a signal once serving does.
 */
class Lifecycle {
  private readonly stops: (() => Promise<void>)[] = [];
  private startup: Promise<void> = Promise.resolve();
  private signal: string | undefined;
  private serving = false;

  constructor(private readonly logger: Logger, private readonly options: { sayStopped: boolean }) {
    process.on('SIGINT', () => void this.stop('SIGINT'));
    process.on('SIGTERM', () => void this.stop('SIGTERM'));
  }

  get stopping(): boolean {
    return this.signal !== undefined;
  }

  /** Runs start-up; if it fails (not for a signal), stops what it had started and exits 1. */
  async start(work: () => Promise<void>): Promise<void> {
    this.startup = work();
    try {
      await this.startup;
      this.serving = true;
    } catch (error) {
      if (this.stopping) return; // the signal's handler is stopping everything
      console.error(`VAWG Insight could not start: ${(error as Error).message}`);
      await this.stopAll().catch((stopError) => this.logger.error({ err: stopError }, 'Stopping after the failed start failed too.'));
      process.exit(1);
    }
  }

  /** Something start-up has started, to stop when the process stops; unwinds start-up if a signal has come. */
  started(stop: () => Promise<void>): void {
    this.stops.unshift(stop);
    this.continueUnlessStopping();
  }

  /** Between start-up steps: go on, unless a stop signal has come meanwhile. */
  continueUnlessStopping(): void {
    if (this.stopping) throw new StartupStopped();
  }

  private async stopAll(): Promise<void> {
    for (const stop of this.stops.splice(0)) await stop();
  }

  private async stop(signal: string): Promise<void> {
    if (this.stopping) return;
    this.signal = signal;
    this.logger.info(this.serving ? `${signal}: finishing requests in flight, then stopping.` : `${signal} during start-up: stopping what has started once the step in flight is done.`);
    setTimeout(() => {
      this.logger.error(`Stopping took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting now.`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      await this.startup.catch(() => undefined); // start-up unwinds at its next step (StartupStopped), or fails
      await this.stopAll();
      if (this.options.sayStopped) this.logger.info('Stopped.');
      process.exit(0);
    } catch (error) {
      this.logger.error({ err: error }, 'Stopping failed.');
      process.exit(1);
    }
  }
}

/** The database, migrated, with reference data and (if asked) the demo data: done once, by one process. */
async function prepare(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<Database> {
  const database = await openDatabase({ announce: true, logger });
  lifecycle.started(() => database.close());
  await withStartupLock(database.dataSource, async () => {
    await prepareDatabase(database.dataSource);
    lifecycle.continueUnlessStopping();
    if (!config.demoData) return;
    logger.info('Loading the synthetic demo data, if the database is empty.');
    const loaded = await loadDemoDataIfEmpty(database.dataSource, { directory: path.join(config.dataDir, 'demo'), hashSecret: config.importHashSecret });
    if (loaded) logger.info(`Loaded synthetic demo data: ${loaded.map((r) => `${r.inserted} ${r.dataset}`).join(', ')}.`);
  });
  lifecycle.continueUnlessStopping();
  return database;
}

/** The line people (and the tests) wait for, said once however many processes serve. */
function announceReady(config: Config, logger: Logger, url: string, started: number, processes = ''): void {
  logger.info(`VAWG Insight is ready at ${url}/ (GraphQL API at ${url}/graphql)${processes} after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (config.demoData) logger.info('It shows synthetic demo data. Set DEMO_DATA=false to start with an empty database.');
}

/** One process: prepare the database, then serve (API_PROCESSES=1, the default). */
async function runSingle(config: Config, logger: Logger, started: number, lifecycle: Lifecycle): Promise<void> {
  const database = await prepare(config, logger, lifecycle);
  const requests = await openRequestDataSource(database.url, config.databaseAppUrl, database.embedded, config.databaseReplicaUrls);
  lifecycle.started(() => requests.destroy());
  const app = await startApp(config, requests, config.port, logger);
  lifecycle.started(() => app.close());
  announceReady(config, logger, app.url, started);
}

/**
 * The cluster's primary: prepares the database once (migrations, demo import), then forks
 * API_PROCESSES workers that share the port (node:cluster hands out connections round-robin).
 * It serves nothing itself; it keeps the embedded server, if any, and replaces a crashed worker.
 */
async function runPrimary(config: Config, logger: Logger, started: number, lifecycle: Lifecycle): Promise<void> {
  const database = await prepare(config, logger, lifecycle);
  const workerEnv = { [WORKER_DATABASE_ENV]: JSON.stringify({ url: database.url, embedded: database.embedded }) };
  const crashes: number[] = [];
  const fork = () => cluster.fork(workerEnv);
  const exited = new Map<Worker, Promise<void>>();
  const track = (worker: Worker) => exited.set(worker, new Promise((resolve) => worker.once('exit', () => resolve())));

  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === config.apiProcesses && !lifecycle.stopping) {
      announceReady(config, logger, `http://localhost:${address.port}`, started, ` with ${config.apiProcesses} API processes`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    exited.delete(worker);
    if (lifecycle.stopping) return;
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

  lifecycle.started(async () => {
    const waits = [...exited.values()];
    // Each worker drains its own requests; the database (stopped next) only once they all have.
    for (const worker of exited.keys()) if (!worker.isDead()) worker.process.kill('SIGTERM');
    await Promise.all(waits);
  });
}

/** A cluster worker: the database is prepared already; open the request pool and serve. */
async function runWorker(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  const { url, embedded } = JSON.parse(process.env[WORKER_DATABASE_ENV] as string) as { url: string; embedded: boolean };
  const requests = await openRequestDataSource(url, config.databaseAppUrl, embedded, config.databaseReplicaUrls);
  lifecycle.started(() => requests.destroy());
  const app = await startApp(config, requests, config.port, logger);
  lifecycle.started(() => app.close());
  logger.debug(`API process ${process.pid} is serving ${app.url}.`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Logged, not fatal: one forgotten promise (say, a query during a database outage) must not take every request down with it.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'a promise failed and nothing handled it'));

  const worker = cluster.isWorker && process.env[WORKER_DATABASE_ENV] !== undefined;
  // Before anything starts: a signal from now on stops what has started, never the default way.
  const lifecycle = new Lifecycle(logger, { sayStopped: !worker });
  if (worker) return lifecycle.start(() => runWorker(config, logger, lifecycle));
  if (config.apiProcesses > 1) return lifecycle.start(() => runPrimary(config, logger, started, lifecycle));
  return lifecycle.start(() => runSingle(config, logger, started, lifecycle));
}

main().catch((error: Error) => {
  console.error(`VAWG Insight could not start: ${error.message}`);
  process.exit(1);
});
