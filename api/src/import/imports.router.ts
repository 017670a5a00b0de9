import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { rolesFor } from '../access/access-matrix';
import type { AuthUser } from '../access/roles';
import { recordAudit } from '../audit/audit-log.service';
import type { Config } from '../config';
import { DATASET_NAMES, type DatasetName } from '../datasets/dataset-catalogue';
import type { Logger } from '../observability/logger';
import { callerOf } from '../access/authenticate';
import { badUserInput, forbidden } from '../shared/errors';
import { describeBytes } from '../csv/import-limits';
import { ImportInterruptedError, importFile, type ImportReport } from './importer.service';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413, TOO_MANY_REQUESTS: 429, DATABASE_UNAVAILABLE: 503 };
/**
 * Uploads imported at once by one server. Each holds a database connection and its transaction for
 * as long as the file takes to arrive (the pool has 10), so a few slow uploads must not starve the
 * dashboard's queries.
 */
export const MAX_CONCURRENT_UPLOADS = 2;
/** Seconds a refused upload is told to wait (Retry-After). */
const RETRY_AFTER_SECONDS = 10;
/** A progress line at least this often while the body arrives, besides the importer's own every 5,000 rows. */
const PROGRESS_EVERY_BYTES = 1 << 20;

/** The body went past IMPORT_MAX_BYTES: refused with 413 before the importer's own guard would see the byte. */
class PayloadTooLarge extends GraphQLError {
  constructor(maxBytes: number) {
    super(
      `Refused: the file is larger than ${describeBytes(maxBytes)}, the most one import accepts (IMPORT_MAX_BYTES); split it into smaller files. Nothing was stored.`,
      { extensions: { code: 'PAYLOAD_TOO_LARGE' } },
    );
  }
}

function flag(req: Request, name: string): boolean {
  const value = req.query[name];
  if (value === undefined) return false;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badUserInput(name, `use true or false; got ${JSON.stringify(value)}`);
}

/**
 * Counts the body's bytes as they arrive, refusing the first one past the limit, and copies them to
 * the spool file. The spool exists because the importer reads the file a second time to quote the
 * rows it rejects: repeated refs are found in SQL only once the whole file is staged, so no single
 * pass can know which raw rows to keep, and keeping them all would hold the file in memory.
 */
class SpooledBody extends Transform {
  bytes = 0;
  private readonly spool: fs.WriteStream;
  readonly written: Promise<void>;

  constructor(private readonly maxBytes: number, spoolPath: string, private readonly onBytes: (bytes: number) => void) {
    super();
    this.spool = fs.createWriteStream(spoolPath, { flags: 'wx', mode: 0o600 });
    this.written = new Promise((resolve, reject) => {
      this.spool.on('finish', resolve);
      this.spool.on('error', reject);
    });
    this.written.catch(() => undefined); // awaited only when the rows are read again
    this.spool.on('error', (error) => this.destroy(error)); // a full disk stops the upload rather than waiting for 'drain' forever
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const before = this.bytes;
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new PayloadTooLarge(this.maxBytes));
      return;
    }
    if (Math.floor(before / PROGRESS_EVERY_BYTES) !== Math.floor(this.bytes / PROGRESS_EVERY_BYTES)) this.onBytes(this.bytes);
    if (this.spool.write(chunk)) callback(null, chunk);
    else this.spool.once('drain', () => callback(null, chunk));
  }

  /** Closes the spool file, read to the end or not. */
  discard(): void {
    this.spool.destroy();
  }

  override _flush(callback: TransformCallback): void {
    this.spool.end(callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.spool.destroy();
    callback(error);
  }
}

/** Spool folders are named vawg-upload-<pid>-…, so a later process can tell whose they are. */
const SPOOL_PREFIX = 'vawg-upload-';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/**
 * Deletes the spool folders a crashed or killed server left behind (SIGKILL skips every finally):
 * they hold partners' raw files, refs and all. Only a folder whose process is gone is stale; other
 * servers sharing the temporary folder keep theirs. Folders named before the pid was in the name
 * are stale once a day old.
 */
export function removeStaleSpools(directory: string, log: Pick<Logger, 'info' | 'warn'>): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(SPOOL_PREFIX)) continue;
    const pid = /^vawg-upload-(\d+)-/.exec(name)?.[1];
    const folder = path.join(directory, name);
    try {
      const stale = pid ? Number(pid) !== process.pid && !processIsAlive(Number(pid)) : Date.now() - fs.statSync(folder).mtimeMs > 24 * 60 * 60 * 1000;
      if (!stale) continue;
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(name);
    } catch (error) {
      log.warn({ err: error, folder }, 'a stale upload spool could not be deleted');
    }
  }
  if (removed.length) log.info({ removed }, 'deleted upload spools left by a server that stopped mid-upload');
  return removed;
}

/**
 * POST /imports/:dataset?dryRun=true&skipInvalid=true — a CSV file as the request body, streamed to
 * the importer (never held whole, never in a GraphQL string), with the importDataset mutation's
 * checks and audit. Answers in NDJSON: {"progress":{"bytes","rows"}} lines, then {"report":{…}}
 * (or {"error":{…}} if the import failed once lines had gone out). Mounted after identifyCaller,
 * which already refuses a sign-in cookie sent from another site.
 */
export function importsRouter(config: Config, dataSource: DataSource, logger: Logger): Router {
  const router = Router();
  const log = logger.child({ component: 'imports' });
  // At server start (startApp makes this router once): spools a killed server left behind are deleted.
  removeStaleSpools(os.tmpdir(), log);
  let uploading = 0;
  router.post('/:dataset', async (req, res) => {
    let holdsASlot = false;
    let user: AuthUser | undefined;
    const audited: Record<string, unknown> = { dataset: req.params.dataset };
    let spoolDirectory: string | undefined;
    let body: SpooledBody | undefined;
    let report: ImportReport | undefined;
    try {
      const caller = callerOf(res);
      if ('refusal' in caller) throw caller.refusal;
      user = caller.user;
      if (!rolesFor('Mutation.importDataset').includes(user.role)) throw forbidden(`Only analysts may import files; you are signed in as a ${user.role}.`);
      const dataset = req.params.dataset as DatasetName;
      if (!(DATASET_NAMES as readonly string[]).includes(dataset)) throw badUserInput('dataset', `"${dataset}" is not a dataset; use ${DATASET_NAMES.join(', ')}`);
      const dryRun = flag(req, 'dryRun');
      const skipInvalid = flag(req, 'skipInvalid');
      Object.assign(audited, { dryRun, skipInvalid });
      const maxBytes = config.importLimits.maxBytes;
      const declared = Number(req.get('content-length') ?? NaN);
      if (declared > maxBytes) throw new PayloadTooLarge(maxBytes);
      if (uploading >= MAX_CONCURRENT_UPLOADS) {
        throw new GraphQLError('Refused: another import is in progress; try again in a moment. Nothing was stored.', { extensions: { code: 'TOO_MANY_REQUESTS' } });
      }
      uploading += 1;
      holdsASlot = true;

      spoolDirectory = fs.mkdtempSync(path.join(os.tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
      let rows = 0;
      const progress = (bytes: number) => sendLine(res, { progress: { bytes, rows } });
      const spoolPath = path.join(spoolDirectory, 'body.csv');
      body = new SpooledBody(maxBytes, spoolPath, progress);
      const upload = body;
      pipeline(req, upload, () => undefined); // an aborted upload or the limit destroys the body, and the importer's read throws
      let opened = false;
      report = await importFile(dataSource, {
        dataset,
        open: () => {
          if (!opened) {
            opened = true;
            return upload;
          }
          // Read again (rejected rows, repeated refs): from the spool, once the first pass has written it all.
          return Readable.from((async function* () {
            await upload.written;
            yield* fs.createReadStream(spoolPath);
          })());
        },
        importedBy: `${user.role}:${user.subject}`,
        hashSecret: config.importHashSecret,
        actingRole: user.role,
        skipInvalid,
        dryRun,
        limits: config.importLimits,
        onProgress: (reached) => {
          rows = reached.rows;
          progress(reached.bytes);
        },
      });
      audited.file = `[${upload.bytes} bytes]`;
      await recordAudit(dataSource, user, 'upload import', audited, null, 'ok');
      sendLine(res, { report: report satisfies ImportReport });
      res.end();
    } catch (error) {
      if (body) audited.file = `[${body.bytes} bytes]`;
      // Checked first: a reset connection also reads as the database's (ImportInterruptedError), and
      // it may come after the progress lines began as well as before.
      if (!(error instanceof GraphQLError) && req.destroyed && !req.complete) {
        // The sender went away mid-file (closed the page, lost the connection): rolled back, and no one
        // to answer, so nothing is written to the closed socket.
        log.info({ bytes: body?.bytes, answering: res.headersSent }, 'upload cut short by the sender; nothing stored');
        if (user) await recordAudit(dataSource, user, 'upload import', audited, null, 'error: ABORTED').catch((e: unknown) => log.error({ err: e }, 'audit of a cut-short upload failed'));
        return;
      }
      const refusal = asRefusal(error);
      if (!refusal) {
        // The import commits before its audit entry is written: a failure after that must not say nothing was stored.
        const message = report?.status === 'imported'
          ? `The file was imported as batch ${report.batchId}, but the audit entry could not be written; tell the platform team. Do not import the file again: it is in the import history.`
          : 'The import failed on the server; nothing from the file was stored. Try again, and tell the platform team if it fails again.';
        log.error({ err: error, batchId: report?.batchId }, report?.status === 'imported' ? 'upload imported, but its audit entry could not be written' : 'upload import failed');
        if (res.headersSent) {
          sendLine(res, { error: { status: 500, message } });
          res.end();
        } else res.status(500).json({ error: message });
        return;
      }
      const code = String(refusal.extensions.code);
      if (user) await recordAudit(dataSource, user, 'upload import', audited, null, `error: ${code}`).catch((e: unknown) => log.error({ err: e }, 'audit of a refused upload failed'));
      const status = STATUS[code] ?? 400;
      const answer = { error: refusal.message, code, ...(refusal.extensions.argument ? { argument: refusal.extensions.argument } : {}) };
      if (res.headersSent) {
        sendLine(res, { error: { status, ...answer } });
        res.end();
        return;
      }
      // The rest of a refused body is not worth reading: close the connection once the answer is out.
      if (status === 413 || status === 429) res.setHeader('Connection', 'close');
      if (status === 429) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(status).json(answer);
    } finally {
      if (holdsASlot) uploading -= 1;
      // The spool holds the raw file (refs and all): it never outlives the request.
      if (spoolDirectory) fs.rmSync(spoolDirectory, { recursive: true, force: true });
      // A file refused at its header is not read to the end: close the spool once the answer is out.
      const spooled = body;
      if (spooled) res.once('close', () => spooled.discard());
    }
  });
  return router;
}

/** A refusal the caller can act on, as a GraphQLError with a code; anything else is the server's fault. */
function asRefusal(error: unknown): GraphQLError | undefined {
  if (error instanceof GraphQLError) return error;
  if (error instanceof ImportInterruptedError) return new GraphQLError(error.message, { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  return undefined;
}

/** One NDJSON line; the first sends the headers, so a refusal found before any line still gets its own status. */
function sendLine(res: Response, line: unknown): void {
  if (!res.headersSent) {
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
  }
  res.write(`${JSON.stringify(line)}\n`);
}
