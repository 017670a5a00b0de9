import type { MigrationInterface, QueryRunner } from 'typeorm';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Who may read each new table: the quarterly review's registers are for the partnership, not for funders or councillors. */
const PARTNERSHIP = ['analyst', 'member'];
const EVERY_ROLE = ['analyst', 'member', 'funder', 'councillor'];
const READERS: Record<string, string[]> = {
  target: PARTNERSHIP,
  series_break: PARTNERSHIP,
  analyst_note: EVERY_ROLE,
  emerging_issue: PARTNERSHIP,
  emerging_issue_update: PARTNERSHIP,
  signal_link: PARTNERSHIP,
};

/**
 * The briefing's own concern (seed 000, "Background and overview"). The briefing reports on
 * 2012/13 as finished and is undated, so the issue is taken as first raised on 1 April 2013, the
 * first day after the year it reports on.
 */
const FORCED_BEGGING = {
  title: 'Forced begging, trafficking and prostitution',
  description: 'We are also looking at any emerging trends around forced begging, trafficking and prostitution as the Eaves report highlights as an area of concern.',
  firstRaised: '2013-04-01',
  status: 'WATCHING',
  linkedMeasures: ['gaia.referrals'],
  linkedStrands: ['trafficking', 'prostitution'],
  source: 'Eaves report, cited in the Lambeth Community Safety Briefing',
  owner: 'VAWG Operational Group',
};

/**
 * The Gaia Centre opened in January 2012 (timeline; seed 001): referrals before it are not the same
 * process, so SPC starts a new baseline there instead of reading the opening as a rise.
 */
const GAIA_OPENING_BREAK = { measure: 'gaia.referrals', startsOn: '2012-01-01', reason: 'The Gaia Centre opened (January 2012)' };

/**
 * The quarterly review (issue 3): targets per financial year and measure, breaks in SPC series,
 * analysts' notes for time charts, and the emerging-issues register with its links to signals.
 * Like the fact tables, each sits under row-level security: requests read only as a role allowed
 * to, and write only as an analyst.
 */
export class QuarterlyReview1763900200000 implements MigrationInterface {
  name = 'QuarterlyReview1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE target (
        id serial PRIMARY KEY,
        financial_year text NOT NULL CHECK (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
        measure text NOT NULL,
        value double precision CHECK (value >= 0),
        polarity text NOT NULL CHECK (polarity IN (${inList(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NO_TARGET'])})),
        tolerance double precision NOT NULL DEFAULT 0.1 CHECK (tolerance >= 0 AND tolerance <= 1),
        quarterly_profile double precision[] CHECK (quarterly_profile IS NULL OR cardinality(quarterly_profile) = 4),
        owner_partner text,
        note text,
        illustrative boolean NOT NULL DEFAULT false,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (financial_year, measure),
        CHECK ((polarity = 'NO_TARGET') = (value IS NULL))
      )`);
    await q.query(`
      CREATE TABLE series_break (
        id serial PRIMARY KEY,
        measure text NOT NULL,
        starts_on date NOT NULL,
        reason text NOT NULL CHECK (length(reason) > 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (measure, starts_on)
      )`);
    await q.query(`
      CREATE TABLE analyst_note (
        id serial PRIMARY KEY,
        date date NOT NULL,
        title text NOT NULL CHECK (length(title) > 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX analyst_note_date_idx ON analyst_note (date)');
    await q.query(`
      CREATE TABLE emerging_issue (
        id serial PRIMARY KEY,
        title text NOT NULL CHECK (length(title) > 0),
        description text NOT NULL,
        first_raised date NOT NULL,
        status text NOT NULL CHECK (status IN (${inList(['WATCHING', 'ESCALATED', 'CLOSED'])})),
        linked_measures text[] NOT NULL DEFAULT '{}',
        linked_strands text[] NOT NULL DEFAULT '{}',
        source text NOT NULL,
        owner text NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE emerging_issue_update (
        id serial PRIMARY KEY,
        issue_id integer NOT NULL REFERENCES emerging_issue(id) ON DELETE CASCADE,
        date date NOT NULL,
        text text NOT NULL CHECK (length(text) > 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX emerging_issue_update_issue_idx ON emerging_issue_update (issue_id, date)');
    // One register entry per signal: linking again moves the signal to the new entry.
    await q.query(`
      CREATE TABLE signal_link (
        signal_id text PRIMARY KEY,
        issue_id integer NOT NULL REFERENCES emerging_issue(id) ON DELETE CASCADE,
        linked_by text NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now()
      )`);

    for (const [table, roles] of Object.entries(READERS)) {
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO vawg_app`);
      if (table !== 'signal_link') await q.query(`GRANT USAGE ON SEQUENCE ${table}_id_seq TO vawg_app`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY request_role_read ON ${table} FOR SELECT TO vawg_app
        USING (current_setting('vawg.role', true) IN (${inList(roles)}))`);
      await q.query(`CREATE POLICY analyst_write ON ${table} FOR INSERT TO vawg_app WITH CHECK (current_setting('vawg.role', true) = 'analyst')`);
      await q.query(`CREATE POLICY analyst_update ON ${table} FOR UPDATE TO vawg_app
        USING (current_setting('vawg.role', true) = 'analyst') WITH CHECK (current_setting('vawg.role', true) = 'analyst')`);
    }

    const issue = FORCED_BEGGING;
    await q.query(
      `INSERT INTO emerging_issue (title, description, first_raised, status, linked_measures, linked_strands, source, owner, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'migration QuarterlyReview')`,
      [issue.title, issue.description, issue.firstRaised, issue.status, issue.linkedMeasures, issue.linkedStrands, issue.source, issue.owner],
    );
    await q.query(
      `INSERT INTO series_break (measure, starts_on, reason, created_by) VALUES ($1, $2, $3, 'migration QuarterlyReview')`,
      [GAIA_OPENING_BREAK.measure, GAIA_OPENING_BREAK.startsOn, GAIA_OPENING_BREAK.reason],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['signal_link', 'emerging_issue_update', 'emerging_issue', 'analyst_note', 'series_break', 'target']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
