import { startTestApp, type TestApp } from '../server/app.test-helper';
import { signToken } from '../access/token.service';
import { readAnswerVersion, uncoveredTables, versionLabel } from './answer-version';

/**
 * The answer cache in the real app over a real database: hits equal fresh answers, every write
 * that an answer reads moves them on, hits are audited, and with the LISTEN connection dropped
 * the answers stay exact.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ rateLimitPerMinute: 0 }, { demoData: true, demoToday: '2014-04-01' });
}, 600_000);
afterAll(() => app?.stop());

const HEADLINE = `query HeadlineFigure($measure: ID!, $financialYear: String!) {
  figures(measure: $measure, financialYear: $financialYear, granularity: QUARTER) { total suppressed rows { period { label } value suppressed } }
}`;
const NOTES = `query Notes { annotations(from: "2012-04-01", to: "2013-03-31") { id date kind title } }`;
const ADD_NOTE = `mutation ($date: Date!, $title: String!) { addAnnotation(date: $date, title: $title) { id } }`;
const YEAR = { measure: 'gaia.referrals', financialYear: '2012/13' };

async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await app.graphql(token, query, variables);
  expect(answer.body.errors).toBeUndefined();
  return { cache: answer.headers.get('answer-cache'), body: answer.body };
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The tracker (reached through the app's plugin list is awkward): its state is read through the database instead. */
const listenerPids = async (): Promise<number[]> =>
  (await app.database.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'vawg-insight-answer-version' AND datname = current_database()`)).map((r: { pid: number }) => r.pid);

describe('answers kept per answer version', () => {
  it('covers every table an answer may read with the version trigger', async () => {
    expect(await uncoveredTables(app.database.dataSource)).toEqual([]);
  });

  it('answers a repeated question from the cache, byte for byte, whatever its whitespace or variable order', async () => {
    const member = await app.token('member');
    const miss = await app.graphql(member, HEADLINE, YEAR);
    expect(miss.headers.get('answer-cache')).toBe('miss');
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
      body: JSON.stringify({ query: HEADLINE.replace(/\s+/g, '  '), variables: { financialYear: '2012/13', measure: 'gaia.referrals' } }),
    });
    expect(response.headers.get('answer-cache')).toBe('hit');
    expect(response.headers.get('content-type')).toBe(miss.headers.get('content-type'));
    // Kept here, never by a browser or proxy: a hit is as uncacheable downstream as the miss before it.
    expect([miss.headers.get('cache-control'), response.headers.get('cache-control')]).toEqual(['no-store', 'no-store']);
    expect(await response.json()).toEqual(miss.body);
  });

  it('works an answer out once when the same question comes many times at once', async () => {
    const member = await app.token('member');
    const asked = { measure: 'police.warning_letters', financialYear: '2013/14' }; // asked nowhere else in this file
    const answers = await Promise.all(Array.from({ length: 8 }, () => app.graphql(member, HEADLINE, asked)));
    expect(answers.map((a) => a.headers.get('answer-cache')).sort()).toEqual(['hit', 'hit', 'hit', 'hit', 'hit', 'hit', 'hit', 'miss']);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(answers[0].body.errors).toBeUndefined();
  });

  it('gives two people of one role one answer, and a councillor of other wards their own', async () => {
    const [first, second] = await Promise.all([signToken(app.config.jwtSecret, { subject: 'funder-one', role: 'funder' }), signToken(app.config.jwtSecret, { subject: 'funder-two', role: 'funder' })]);
    const one = await ask(first, HEADLINE, YEAR);
    const two = await ask(second, HEADLINE, YEAR);
    expect(two).toEqual({ cache: 'hit', body: one.body });
    const councillor = await ask(await app.token('councillor', ['E05000416']), HEADLINE, YEAR);
    expect(councillor.cache).toBe('miss');
    expect((await ask(await app.token('councillor', ['E05000417']), HEADLINE, YEAR)).cache).toBe('miss');
  });

  it('records every audited request in the audit log, hit or miss, alike but for the person', async () => {
    const [a, b] = await Promise.all([signToken(app.config.jwtSecret, { subject: 'audited-a', role: 'funder' }), signToken(app.config.jwtSecret, { subject: 'audited-b', role: 'funder' })]);
    const variables = { measure: 'police.warning_letters', financialYear: '2012/13' };
    expect((await ask(a, HEADLINE, variables)).cache).toBe('miss');
    expect((await ask(b, HEADLINE, variables)).cache).toBe('hit');
    const entries = await app.database.dataSource.query(
      `SELECT subject, role, operation, arguments, rows_returned, outcome, fields, document_hash FROM audit_log WHERE subject IN ('audited-a', 'audited-b') ORDER BY id`);
    expect(entries.map((e: { subject: string }) => e.subject)).toEqual(['audited-a', 'audited-b']);
    const [miss, hit] = entries.map(({ subject: _subject, ...entry }: Record<string, unknown>) => entry);
    expect(hit).toEqual(miss);
    expect(miss).toMatchObject({ operation: 'query HeadlineFigure figures', outcome: 'ok', rows_returned: 4 });
  });

  it('moves on as soon as this process writes: a new note is in the next answer', async () => {
    const member = await app.token('member');
    const before = await ask(member, NOTES);
    expect((await ask(member, NOTES)).cache).toBe('hit');
    await ask(await app.token('analyst'), ADD_NOTE, { date: '2012-05-02', title: 'Outreach van off the road' });
    const after = await ask(member, NOTES);
    expect(after.cache).toBe('miss');
    expect(after.body.data?.annotations).toHaveLength(before.body.data?.annotations.length + 1);
  });

  it('stays exact with the LISTEN connection dropped, and listens again', async () => {
    const member = await app.token('member');
    await until(async () => (await listenerPids()).length === 1, 'the listener');
    const [pid] = await listenerPids();
    await app.database.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    // Another process writes (here the owner's connection): without notifications, the version is read per request.
    await ask(member, NOTES);
    await app.database.dataSource.query(`INSERT INTO analyst_note (date, title, created_by) VALUES ('2012-06-03', 'Written while nobody listened', 'test')`);
    const fresh = await ask(member, NOTES);
    expect(fresh.body.data?.annotations.map((n: { title: string }) => n.title)).toContain('Written while nobody listened');
    await until(async () => (await listenerPids()).some((p) => p !== pid), 'the listener to come back');
    // Listening again: another process's write is heard, and the next answer has it.
    await app.database.dataSource.query(`INSERT INTO analyst_note (date, title, created_by) VALUES ('2012-07-04', 'Heard through NOTIFY', 'test')`);
    const version = versionLabel(await readAnswerVersion(app.database.dataSource));
    await until(async () => {
      const answer = await ask(member, NOTES);
      return answer.body.data?.annotations.some((n: { title: string }) => n.title === 'Heard through NOTIFY');
    }, `the notification of ${version}`);
  });
});
