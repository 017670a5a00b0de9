import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { AuditBatches } from './audit-batches';
import { recordAudit } from './audit-log.service';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

/** The request role's connection (insert and read only), counting the statements sent. */
function counted() {
  const statements: string[] = [];
  return {
    statements,
    query: (sql: string, parameters?: unknown[]) => {
      statements.push(sql);
      return db.requestDataSource.query(sql, parameters);
    },
  };
}

const row = (subject: string, documentHash: string | null = null) =>
  [subject, 'funder', 'query HeadlineFigure figures', '{}', 1, 'ok', '[]', documentHash] as const;

async function stored(prefix: string): Promise<string[]> {
  const rows: { subject: string }[] = await db.dataSource.query('SELECT subject FROM audit_log WHERE subject LIKE $1 ORDER BY id', [`${prefix}%`]);
  return rows.map((r) => r.subject);
}

describe('audit entries written in batches', () => {
  it('writes a lone entry at once, in one statement of its own', async () => {
    const database = counted();
    await new AuditBatches(database).write(row('lone-1'));
    expect(database.statements).toHaveLength(1);
    expect(await stored('lone-')).toEqual(['lone-1']);
  });

  it('stores every entry of a burst, in arrival order, with fewer statements than entries', async () => {
    const database = counted();
    const batches = new AuditBatches(database);
    const subjects = Array.from({ length: 250 }, (_, i) => `burst-${String(i).padStart(3, '0')}`);
    await Promise.all(subjects.map((subject) => batches.write(row(subject))));
    expect(await stored('burst-')).toEqual(subjects);
    // The first goes alone; the 249 that came while it committed go in batches of at most 100.
    expect(database.statements.length).toBe(4);
  });

  it('fails only the bad entry of a batch, and stores the others', async () => {
    const database = counted();
    const batches = new AuditBatches(database);
    const writes = ['mixed-a', 'mixed-b', 'mixed-c', 'mixed-d'].map((subject) =>
      batches.write(row(subject, subject === 'mixed-c' ? 'not a sha-256' : null)).then(() => 'written', (error: Error) => error.message));
    const outcomes = await Promise.all(writes);
    expect(outcomes.slice(0, 2)).toEqual(['written', 'written']);
    expect(outcomes[2]).toMatch(/audit_log_document_hash_check/);
    expect(outcomes[3]).toBe('written');
    expect(await stored('mixed-')).toEqual(['mixed-a', 'mixed-b', 'mixed-d']);
  });

  it('fails every request of a batch at once when the database, not an entry, is the trouble, writing none twice', async () => {
    const statements: number[] = [];
    let first = true;
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: undefined });
    const database = {
      query: async (_sql: string, parameters?: unknown[]) => {
        statements.push((parameters ?? []).length / 8);
        if (first) { first = false; return []; } // the lone first entry is written
        throw lost;
      },
    };
    const batches = new AuditBatches(database);
    const outcomes = await Promise.all(['a', 'b', 'c', 'd'].map((subject) => batches.write(row(subject)).then(() => 'written', (error: Error) => error.message)));
    expect(outcomes).toEqual(['written', 'Connection terminated unexpectedly', 'Connection terminated unexpectedly', 'Connection terminated unexpectedly']);
    expect(statements).toEqual([1, 3]); // the three that waited went as one batch, and were not tried again one by one
  });

  it('settles recordAudit only once its entry is stored, however many write at once', async () => {
    const user = { subject: '', role: 'funder' as const, wards: [] };
    const seen = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const subject = `settled-${String(i).padStart(2, '0')}`;
      await recordAudit(db.requestDataSource, { ...user, subject }, 'query HeadlineFigure figures', {}, 1, 'ok');
      return (await stored(subject)).length;
    }));
    expect(seen).toEqual(Array(20).fill(1));
  });
});
