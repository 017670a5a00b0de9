import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../observability/logger';
import type { Queryable } from '../shared/queryable';

/** One state of everything an answer can read: a restore starts a new epoch, every committed write advances the version. */
export interface AnswerVersion {
  epoch: string;
  version: string;
}

/** Tables no cached answer reads (see migration AnswerVersion): every other table must carry the trigger. */
export const UNCOVERED_TABLES = ['audit_log', 'api_key', 'sign_in_attempt', 'sign_in_session', 'data_version', 'schema_migration', 'disclosure_pattern'];

export const versionLabel = (v: AnswerVersion) => `${v.epoch}:${v.version}`;

const VERSION_SQL = 'SELECT epoch::text AS epoch, answer_version::text AS version FROM data_version';

export async function readAnswerVersion(database: Queryable): Promise<AnswerVersion> {
  const [row] = await database.query(VERSION_SQL);
  return { epoch: row.epoch, version: row.version };
}

/** The later of two reads of one epoch (reads on two connections can finish out of order). */
function later(known: AnswerVersion | undefined, read: AnswerVersion): AnswerVersion {
  if (known && known.epoch === read.epoch && BigInt(known.version) > BigInt(read.version)) return known;
  return read;
}

/** Tables an answer could read whose writes would not advance the answer version (a table added after the migration). */
export async function uncoveredTables(database: Queryable): Promise<string[]> {
  const rows: { name: string }[] = await database.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> ALL ($1) AND c.relname NOT LIKE '%\\_monthly'
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'answer_version_advance')
      ORDER BY 1`,
    [UNCOVERED_TABLES],
  );
  return rows.map((r) => r.name);
}

const RETRY_MS = [250, 1000, 5000, 15000];

/**
 * What the current answer version is, without a query per request when possible: a dedicated
 * connection LISTENs for 'answer_version', whose notifications carry the version each commit made.
 * Until LISTEN is confirmed and the version read after it (and whenever that connection drops),
 * `current()` reads the version from the database instead, so an answer is never keyed by a
 * version older than the last commit this process could know of.
 */
export class AnswerVersionTracker {
  private known: AnswerVersion | undefined;
  private listening = false;
  private client: Client | undefined;
  private stopped = false;
  private attempt = 0;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;

  constructor(private readonly database: DataSource, private readonly logger: Logger) {}

  /** Whether a hit needs no query: the listener is up and has read the version since it started listening. */
  get confirmed(): boolean {
    return this.listening && this.known !== undefined;
  }

  async current(): Promise<AnswerVersion> {
    if (this.confirmed) return this.known as AnswerVersion;
    return readAnswerVersion(this.database);
  }

  /** Reads the version now (after this process's own write, so its next read sees it at once). */
  async refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true; // a read already under way may have started before the write: read once more after it
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          this.known = later(this.known, await readAnswerVersion(this.database));
        } while (this.refreshAgain);
      } catch (error) {
        this.known = undefined; // unknown: current() reads per request until a read succeeds
        throw error;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  start(): void {
    void this.listen();
  }

  /** For tests: the listening connection's backend pid. */
  async listenerPid(): Promise<number | undefined> {
    if (!this.client || !this.listening) return undefined;
    return (this.client as unknown as { processID: number }).processID;
  }

  private connectionConfig(): ClientConfig {
    const pool = (this.database.driver as unknown as { master: { options: ClientConfig } }).master;
    // Keepalive: a connection that died silently (no FIN) is noticed, and the version read per request again.
    return { ...pool.options, application_name: 'vawg-insight-answer-version', keepAlive: true, keepAliveInitialDelayMillis: 10_000 };
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client(this.connectionConfig());
    this.client = client;
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.listening = false;
      this.client = undefined;
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (error) this.logger.warn({ err: error }, 'The answer cache lost its LISTEN connection; versions are read per request until it is back.');
      const delay = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)];
      setTimeout(() => void this.listen(), delay).unref();
    };
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    client.on('notification', ({ payload }) => {
      const [epoch, version] = (payload ?? '').split(':');
      if (epoch && /^\d+$/.test(version ?? '')) this.known = later(this.known, { epoch, version });
      else this.refresh().catch(() => undefined);
    });
    try {
      await client.connect();
      await client.query('LISTEN answer_version');
      // Read only after LISTEN: a commit between the two is either in this read or notified after it.
      const { rows: [row] } = await client.query(VERSION_SQL);
      this.known = later(this.known, { epoch: row.epoch, version: row.version });
      if (this.client !== client) return;
      this.listening = true;
      this.attempt = 0;
    } catch (error) {
      lost(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
