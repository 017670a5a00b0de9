import type { MigrationInterface, QueryRunner } from 'typeorm';

const inList = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const SEXES = inList(['female', 'male', 'other', 'unknown']);

/** Reference data, import batches and the five datasets of the import contract. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ward (
        gss_code varchar(9) PRIMARY KEY CHECK (gss_code ~ '^E05[0-9]{6}$'),
        name text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE TABLE strand (code text PRIMARY KEY, label text NOT NULL, position integer NOT NULL UNIQUE)`);
    await q.query(`
      CREATE TABLE timeline_event (
        id serial PRIMARY KEY, date date NOT NULL, kind text NOT NULL, title text NOT NULL, source text NOT NULL,
        UNIQUE (date, title)
      )`);
    await q.query(`
      CREATE TABLE training_course (
        id serial PRIMARY KEY, date date NOT NULL, course text NOT NULL, half_day boolean NOT NULL,
        UNIQUE (date, course)
      )`);
    await q.query(`
      CREATE TABLE import_batch (
        id serial PRIMARY KEY,
        dataset text NOT NULL,
        checksum char(64) NOT NULL,
        inserted integer NOT NULL CHECK (inserted >= 0),
        updated integer NOT NULL CHECK (updated >= 0),
        unchanged integer NOT NULL CHECK (unchanged >= 0),
        rejected integer NOT NULL CHECK (rejected >= 0),
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);

    const record = `
        ref_hash char(64) PRIMARY KEY,
        date date NOT NULL CHECK (date >= DATE '2000-01-01'),
        batch_id integer NOT NULL REFERENCES import_batch(id)`;
    await q.query(`
      CREATE TABLE police_operation (${record},
        ward_code varchar(9) NOT NULL REFERENCES ward(gss_code),
        operation_type text NOT NULL CHECK (operation_type IN ('kerb_crawling', 'other'))
      )`);
    await q.query(`
      CREATE TABLE warning_letter (${record},
        ward_code varchar(9) NOT NULL REFERENCES ward(gss_code),
        operation_ref_hash char(64)
      )`);
    await q.query(`
      CREATE TABLE arrest (${record},
        ward_code varchar(9) NOT NULL REFERENCES ward(gss_code),
        offence text NOT NULL CHECK (offence IN ('soliciting_to_sell', 'soliciting_to_buy')),
        sex text NOT NULL CHECK (sex IN (${SEXES})),
        age_band text NOT NULL CHECK (age_band IN (${inList(['under_18', '18_24', '25_34', '35_44', '45_plus', 'unknown'])})),
        drug_test_referred boolean CHECK (offence <> 'soliciting_to_sell' OR drug_test_referred IS NOT NULL),
        drug_test_result text CHECK (drug_test_result IN (${inList(['positive_cocaine', 'positive_opiates', 'positive_both', 'negative', 'not_tested'])})),
        person_hash char(64),
        operation_ref_hash char(64)
      )`);
    await q.query(`
      CREATE TABLE gaia_referral (${record},
        strand text NOT NULL REFERENCES strand(code),
        ward_code varchar(9) REFERENCES ward(gss_code),
        age_band text NOT NULL CHECK (age_band IN (${inList(['13_17', '18_24', '25_34', '35_44', '45_54', '55_plus', 'unknown'])})),
        sex text NOT NULL CHECK (sex IN (${SEXES})),
        referral_source text NOT NULL CHECK (referral_source IN (${inList(['police', 'self', 'health', 'children_services', 'housing', 'probation', 'voluntary_sector', 'other'])})),
        person_hash char(64)
      )`);
    await q.query(`
      CREATE TABLE chrysalis_move_on (${record},
        from_step text NOT NULL CHECK (from_step IN ('1', '2', '3', 'emergency')),
        destination text NOT NULL CHECK (destination IN (${inList(['independent_tenancy', 'other_supported_housing', 'family_or_friends', 'custody', 'hospital_or_treatment', 'evicted', 'abandoned', 'other'])})),
        planned boolean NOT NULL,
        length_of_stay_days integer CHECK (length_of_stay_days >= 0),
        person_hash char(64)
      )`);
    for (const table of ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on']) {
      await q.query(`CREATE INDEX ${table}_date_idx ON ${table} (date)`);
    }
    await q.query(`CREATE INDEX gaia_referral_strand_date_idx ON gaia_referral (strand, date)`);
    await q.query(`CREATE INDEX arrest_offence_date_idx ON arrest (offence, sex, date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['chrysalis_move_on', 'gaia_referral', 'arrest', 'warning_letter', 'police_operation', 'import_batch', 'training_course', 'timeline_event', 'strand', 'ward']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
