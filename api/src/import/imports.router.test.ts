import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openSession } from '../sign-in/session.store';
import { startTestApp, type TestApp } from '../server/app.test-helper';
import { csv } from '../../test/import-helpers';

let app: TestApp;
const MAX_BYTES = 4096;
beforeAll(async () => {
  app = await startTestApp({ importLimits: { maxBytes: MAX_BYTES, maxRows: 1000 } });
});
afterAll(() => app.stop());
let auditFrom = 0;
beforeEach(async () => {
  await app.database.dataSource.query('TRUNCATE police_operation, warning_letter, arrest, gaia_referral, chrysalis_move_on, figure_revision, import_batch');
  auditFrom = (await app.database.dataSource.query('SELECT COALESCE(max(id), 0)::int AS id FROM audit_log'))[0].id;
});

const OPS_HEADER = 'ref,date,ward_code,operation_type';
const count = async (table: string) => Number((await app.database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
const uploadsInAudit = async () => app.database.dataSource.query(`SELECT role, operation, arguments, outcome FROM audit_log WHERE operation = 'upload import' AND id > $1 ORDER BY id`, [auditFrom]);
/** This process's spools (other servers may share the temporary folder). */
const spools = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`vawg-upload-${process.pid}-`));
/** The sizes of the spooled bodies now on disk. */
const spoolSizes = () => spools().flatMap((name) => {
  try {
    return [fs.statSync(path.join(os.tmpdir(), name, 'body.csv')).size];
  } catch {
    return [];
  }
});
/** Waits for a condition, asking again every 20 ms (up to a minute: the machine is shared). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (const started = Date.now(); !(await condition());) {
    if (Date.now() - started > 60_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Upload {
  status: number;
  contentType: string | null;
  /** The NDJSON lines, or the JSON body of a refusal. */
  lines: any[];
}

async function upload(path: string, body: BodyInit, headers: Record<string, string>, init: RequestInit = {}): Promise<Upload> {
  const response = await fetch(`${app.url}/imports/${path}`, { method: 'POST', body, headers: { 'content-type': 'text/csv', ...headers }, ...init });
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  const lines = contentType?.startsWith('application/x-ndjson') ? text.trim().split('\n').map((line) => JSON.parse(line)) : [JSON.parse(text)];
  return { status: response.status, contentType, lines };
}

const asAnalyst = async () => ({ authorization: `Bearer ${await app.token('analyst')}` });

/** A body sent in chunks with no Content-Length, so only the stream itself can find it too large. */
function chunked(text: string, chunkSize = 1000): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.subarray(at, (at += chunkSize)));
    },
  });
}

describe('POST /imports/:dataset, analysts only, the body streamed to the importer', () => {
  it('imports a good file and answers with the report as NDJSON, recorded in the audit log', async () => {
    const file = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling', 'OP-2,2012-06-01,E05000426,other');
    const answer = await upload('police_operations', file, await asAnalyst());
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/x-ndjson; charset=utf-8');
    const last = answer.lines.at(-1);
    expect(last.report).toMatchObject({ dataset: 'police_operations', status: 'imported', rowsRead: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0, issues: [] });
    expect(answer.lines.slice(0, -1).every((line) => 'progress' in line)).toBe(true);
    expect(answer.lines.at(-2)).toEqual({ progress: { bytes: Buffer.byteLength(file), rows: 2 } });
    expect(await count('police_operation')).toBe(2);
    expect(await uploadsInAudit()).toEqual([{
      role: 'analyst', operation: 'upload import', outcome: 'ok',
      arguments: { dataset: 'police_operations', dryRun: false, skipInvalid: false, file: `[${Buffer.byteLength(file)} bytes]` },
    }]);
    // The same file again: nothing changes, and the report says so.
    const again = await upload('police_operations', file, await asAnalyst());
    expect(again.lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 0, updated: 0, unchanged: 2 });
    expect(spools()).toEqual([]);
  });

  it('checks a file on a dry run, storing nothing', async () => {
    const answer = await upload('police_operations?dryRun=true', csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling'), await asAnalyst());
    expect(answer.lines.at(-1).report).toMatchObject({ status: 'checked', inserted: 1, batchId: null });
    expect(await count('police_operation')).toBe(0);
    expect(await count('import_batch')).toBe(0);
  });

  it('refuses a file with invalid rows, storing nothing, with a report row by row (line, column, value, reason)', async () => {
    const file = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling', 'OP-2,2012-06-31,E05000420,kerb_crawling', 'OP-1,2012-07-01,E05999999,other');
    const answer = await upload('police_operations', file, await asAnalyst());
    expect(answer.status).toBe(200);
    const { report } = answer.lines.at(-1);
    expect(report).toMatchObject({ status: 'refused', rowsRead: 3, rejected: 2, batchId: null });
    expect(report.issues).toEqual([
      { line: 3, column: 'date', value: '2012-06-31', reason: expect.stringContaining('date') },
      { line: 4, column: 'ward_code', value: 'E05999999', reason: 'ward_code is not a Lambeth ward code (GSS code E05…, see the wards reference)' },
    ]);
    expect(await count('police_operation')).toBe(0);
    expect(await count('import_batch')).toBe(0);
  });

  it('refuses a file at its header without reading the rest, and answers the next upload as usual', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `OP-${i},2012-05-01,E05000420,kerb_crawling,Smith`);
    const answer = await upload('police_operations', csv(`${OPS_HEADER},officer_name`, ...rows), await asAnalyst());
    expect(answer.lines.at(-1).report).toMatchObject({ status: 'refused', rowsRead: 0, issues: [expect.objectContaining({ line: 1, column: 'officer_name' })] });
    const next = await upload('police_operations', csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling'), await asAnalyst());
    expect(next.lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 1 });
    expect(spools()).toEqual([]);
  });

  it('reads the file again from its spool for a repeated ref and for skip-invalid, quoting the rejected rows untouched', async () => {
    const file = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling', 'OP-2,2012-06-01,E05000420,other', 'OP-1,2012-07-01,E05000426,other');
    const refused = await upload('police_operations', file, await asAnalyst());
    expect(refused.lines.at(-1).report.issues).toEqual([
      { line: 4, column: 'ref', value: 'OP-1', reason: 'ref repeats the ref on line 2; a file may hold each record once' },
    ]);
    const skipped = await upload('police_operations?skipInvalid=true', chunked(file, 7), await asAnalyst(), { duplex: 'half' } as RequestInit);
    expect(skipped.lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 2, rejected: 1, rejectedCsv: `${OPS_HEADER}\nOP-1,2012-07-01,E05000426,other\n` });
    expect(await count('police_operation')).toBe(2);
    expect(spools()).toEqual([]);
  });

  it('refuses a file larger than IMPORT_MAX_BYTES with 413, by its Content-Length or as the stream passes the limit, storing nothing', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `OP-${i},2012-05-01,E05000420,kerb_crawling`);
    const file = csv(OPS_HEADER, ...rows);
    expect(Buffer.byteLength(file)).toBeGreaterThan(MAX_BYTES);
    const message = 'Refused: the file is larger than 4 KB, the most one import accepts (IMPORT_MAX_BYTES); split it into smaller files. Nothing was stored.';
    const declared = await upload('police_operations', file, await asAnalyst());
    expect(declared).toMatchObject({ status: 413, lines: [{ error: message, code: 'PAYLOAD_TOO_LARGE' }] });
    const streamed = await upload('police_operations', chunked(file), await asAnalyst(), { duplex: 'half' } as RequestInit);
    expect(streamed).toMatchObject({ status: 413, lines: [{ error: message, code: 'PAYLOAD_TOO_LARGE' }] });
    expect(await count('police_operation')).toBe(0);
    expect(await count('import_batch')).toBe(0);
    expect((await uploadsInAudit()).map((entry: { outcome: string }) => entry.outcome)).toEqual(['error: PAYLOAD_TOO_LARGE', 'error: PAYLOAD_TOO_LARGE']);
    expect(spools()).toEqual([]);
  });

  it('stores nothing and keeps no spool when the sender goes away mid-file', async () => {
    let sent = 0;
    let bytes = 0;
    const controller = new AbortController();
    const endless = new ReadableStream<Uint8Array>({
      async pull(stream) {
        const line = sent === 0 ? `${OPS_HEADER}\n` : sent < 5 ? `OP-${sent},2012-05-01,E05000420,kerb_crawling\n` : null;
        sent += 1;
        if (line) {
          bytes += Buffer.byteLength(line);
          stream.enqueue(Buffer.from(line));
          return;
        }
        // Gone once the server has spooled what was sent: then nothing more.
        await until(() => spoolSizes().includes(bytes));
        controller.abort();
      },
    });
    const answer = fetch(`${app.url}/imports/police_operations`, {
      method: 'POST', body: endless, headers: { ...(await asAnalyst()), 'content-type': 'text/csv' }, signal: controller.signal, duplex: 'half',
    } as RequestInit);
    await expect(answer).rejects.toThrow();
    await until(async () => (await uploadsInAudit()).length > 0);
    expect((await uploadsInAudit()).map((entry: { outcome: string }) => entry.outcome)).toEqual(['error: ABORTED']);
    expect(await count('police_operation')).toBe(0);
    expect(await count('import_batch')).toBe(0);
    expect(spools()).toEqual([]);
  });

  it('audits an upload cut short after its progress lines began as ABORTED too, storing nothing', async () => {
    // Progress lines come every 5,000 rows: a file that large needs higher limits than this file's app.
    const big = await startTestApp({ importLimits: { maxBytes: 64 << 20, maxRows: 1_000_000 } });
    try {
      const from = (await big.database.dataSource.query('SELECT COALESCE(max(id), 0)::int AS id FROM audit_log'))[0].id;
      const request = http.request(`${big.url}/imports/police_operations`, { method: 'POST', headers: { authorization: `Bearer ${await big.token('analyst')}`, 'content-type': 'text/csv' } });
      request.on('error', () => undefined); // destroyed by the test
      const firstLine = new Promise<string>((resolve) => {
        request.on('response', (response) => {
          let text = '';
          response.on('error', () => undefined);
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
          });
        });
      });
      let answered = false;
      void firstLine.then(() => {
        answered = true;
        request.destroy(); // the sender goes away as soon as the first progress line is in
      });
      request.write(`${OPS_HEADER}\n`);
      for (let n = 0; !answered; n += 1) {
        const rows = Array.from({ length: 500 }, (_, i) => `OP-${n * 500 + i},2012-05-01,E05000420,kerb_crawling\n`).join('');
        if (!request.write(rows)) await Promise.race([new Promise((resolve) => request.once('drain', resolve)), firstLine]);
      }
      expect(JSON.parse(await firstLine)).toEqual({ progress: { bytes: expect.any(Number), rows: expect.any(Number) } });
      const outcomes = async () => (await big.database.dataSource.query(`SELECT outcome FROM audit_log WHERE operation = 'upload import' AND id > $1`, [from])).map((e: { outcome: string }) => e.outcome);
      await until(async () => (await outcomes()).length > 0);
      expect(await outcomes()).toEqual(['error: ABORTED']);
      expect(await big.database.dataSource.query('SELECT count(*)::int AS n FROM police_operation')).toEqual([{ n: 0 }]);
      expect(await big.database.dataSource.query('SELECT count(*)::int AS n FROM import_batch')).toEqual([{ n: 0 }]);
      await until(() => spools().length === 0);
    } finally {
      await big.stop();
    }
  });

  it('says the file was imported, naming the batch, when only the audit entry after it could not be written', async () => {
    const db = app.database.dataSource;
    await db.query(`CREATE FUNCTION test_refuse_upload_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$`);
    await db.query(`CREATE TRIGGER test_refuse_upload_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.operation = 'upload import' AND NEW.outcome = 'ok') EXECUTE FUNCTION test_refuse_upload_audit()`);
    try {
      const answer = await upload('police_operations', csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling'), await asAnalyst());
      const [batch] = await db.query('SELECT id FROM import_batch');
      // The progress lines went out first, so the answer's last line says it.
      expect(answer.lines.at(-1)).toEqual({ error: { status: 500, message: `The file was imported as batch ${batch.id}, but the audit entry could not be written; tell the platform team. Do not import the file again: it is in the import history.` } });
      expect(await count('police_operation')).toBe(1);
    } finally {
      await db.query('DROP TRIGGER test_refuse_upload_audit ON audit_log');
      await db.query('DROP FUNCTION test_refuse_upload_audit()');
    }
  });

  it('deletes at server start the spools a killed server left behind, keeping those of servers still running', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid; // a process that has ended
    const folder = (pid: number | string) => path.join(os.tmpdir(), `vawg-upload-${pid}-test${Math.random().toString(36).slice(2, 8)}`);
    const stale = folder(gone);
    const running = folder(process.ppid);
    for (const spool of [stale, running]) {
      fs.mkdirSync(spool);
      fs.writeFileSync(path.join(spool, 'body.csv'), `${OPS_HEADER}\nOP-1,2012-05-01,E05000420,kerb_crawling\n`);
    }
    try {
      const restarted = await startTestApp();
      await restarted.stop();
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.existsSync(path.join(running, 'body.csv'))).toBe(true);
    } finally {
      for (const spool of [stale, running]) fs.rmSync(spool, { recursive: true, force: true });
    }
  });

  it('imports at most two files at once, refusing a third with 429 and Retry-After until one is done', async () => {
    const releases: (() => void)[] = [];
    /** A file whose last rows wait until the test lets them go. */
    const held = (ref: string) => {
      let step = 0;
      return new ReadableStream<Uint8Array>({
        async pull(stream) {
          step += 1;
          if (step === 1) stream.enqueue(Buffer.from(`${OPS_HEADER}\n`));
          else if (step === 2) {
            await new Promise<void>((resolve) => releases.push(resolve));
            stream.enqueue(Buffer.from(`${ref},2012-05-01,E05000420,kerb_crawling\n`));
          } else stream.close();
        },
      });
    };
    const headers = { ...(await asAnalyst()), 'content-type': 'text/csv' };
    const first = upload('police_operations', held('OP-1'), headers, { duplex: 'half' } as RequestInit);
    const second = upload('police_operations', held('OP-2'), headers, { duplex: 'half' } as RequestInit);
    await until(() => spools().length === 2 && releases.length === 2); // both being imported

    const file = csv(OPS_HEADER, 'OP-3,2012-05-01,E05000420,kerb_crawling');
    const third = await fetch(`${app.url}/imports/police_operations`, { method: 'POST', body: file, headers });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('10');
    expect(await third.json()).toEqual({ error: 'Refused: another import is in progress; try again in a moment. Nothing was stored.', code: 'TOO_MANY_REQUESTS' });

    for (const release of releases) release();
    expect((await first).lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 1 });
    expect((await second).lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 1 });
    expect((await upload('police_operations', file, headers)).lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 1 });
    expect(await count('police_operation')).toBe(3);
    expect((await uploadsInAudit()).map((entry: { outcome: string }) => entry.outcome).sort()).toEqual(['error: TOO_MANY_REQUESTS', 'ok', 'ok', 'ok']);
  });

  it('refuses members, funders and councillors (403, audited) and anyone not signed in (401), storing nothing', async () => {
    const file = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling');
    for (const role of ['member', 'funder', 'councillor'] as const) {
      const answer = await upload('police_operations', file, { authorization: `Bearer ${await app.token(role, role === 'councillor' ? ['E05000426'] : [])}` });
      expect(answer).toMatchObject({ status: 403, lines: [{ error: `Only analysts may import files; you are signed in as a ${role}.`, code: 'FORBIDDEN' }] });
    }
    expect((await upload('police_operations', file, {})).status).toBe(401);
    expect(await count('police_operation')).toBe(0);
    expect((await uploadsInAudit()).map((e: { role: string; outcome: string }) => `${e.role} ${e.outcome}`)).toEqual(['member error: FORBIDDEN', 'funder error: FORBIDDEN', 'councillor error: FORBIDDEN']);
  });

  it('names the argument for an unknown dataset or a flag that is not true or false', async () => {
    const file = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling');
    expect(await upload('burglaries', file, await asAnalyst())).toMatchObject({
      status: 400, lines: [{ argument: 'dataset', error: 'Argument "dataset": "burglaries" is not a dataset; use police_operations, warning_letters, arrests, gaia_referrals, chrysalis_move_ons' }],
    });
    expect(await upload('police_operations?dryRun=yes', file, await asAnalyst())).toMatchObject({
      status: 400, lines: [{ argument: 'dryRun', error: 'Argument "dryRun": use true or false; got "yes"' }],
    });
  });

  it("takes a signed-in analyst's session cookie from the dashboard's own pages, and refuses it cross-site", async () => {
    const { cookie } = await openSession(app.database.dataSource, { subject: 'jo', displayName: 'Jo', role: 'analyst', wards: [], issuer: 'test', idToken: null }, 1, undefined);
    const file = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling');
    const crossSite = await upload('police_operations', file, { cookie: `vawg_session=${cookie}`, 'sec-fetch-site': 'cross-site' });
    expect(crossSite).toMatchObject({ status: 403, lines: [{ code: 'FORBIDDEN', error: expect.stringContaining('Refused: this request came from another site (cross-site)') }] });
    const noOrigin = await upload('police_operations', file, { cookie: `vawg_session=${cookie}` });
    expect(noOrigin.status).toBe(403);
    expect(await count('police_operation')).toBe(0);
    const sameOrigin = await upload('police_operations', file, { cookie: `vawg_session=${cookie}`, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.lines.at(-1).report).toMatchObject({ status: 'imported', inserted: 1 });
    expect(await app.database.dataSource.query('SELECT imported_by FROM import_batch')).toEqual([{ imported_by: 'analyst:jo' }]);
  });
});
