import { DATASETS } from '../datasets/dataset-catalogue';
import { createRefHasher } from './ref-hasher';
import { validateHeader, validateRow, type ValidationContext } from './row-validator';

const OVAL = 'E05000426';
const hash = createRefHasher('unit-test-secret');
const context: ValidationContext = {
  wards: new Map([
    [OVAL, { name: 'Oval', validFrom: '2002-05-02', validTo: null }],
    ['E05000999', { name: 'Old Ward', validFrom: '2002-05-02', validTo: '2012-06-30' }],
    ['E05013000', { name: 'New Ward', validFrom: '2022-05-05', validTo: null }],
  ]),
  strands: ['domestic_violence', 'trafficking'],
  today: '2013-03-31',
  hash,
};

const operations = DATASETS.police_operations;
const arrests = DATASETS.arrests;
const moveOns = DATASETS.chrysalis_move_ons;
const gaia = DATASETS.gaia_referrals;

const operation = (overrides: Record<string, string> = {}) => ({ ref: 'OP-1', date: '2012-05-01', ward_code: OVAL, operation_type: 'kerb_crawling', ...overrides });
const reasons = (row: Record<string, string>, spec = operations) => validateRow(spec, row, 7, context).issues.map((i) => `${i.column}: ${i.reason}`);

describe('validateHeader', () => {
  it('accepts the contract columns in any order, optional ones left out', () => {
    expect(validateHeader(operations, ['operation_type', 'ward_code', 'date', 'ref'])).toEqual([]);
    expect(validateHeader(gaia, ['ref', 'date', 'strand', 'age_band', 'sex', 'referral_source'])).toEqual([]);
  });

  it('names an unknown column, a repeated one and each missing required one, on line 1', () => {
    expect(validateHeader(operations, ['ref', 'date', 'date', 'name', 'operation_type'])).toEqual([
      { line: 1, column: 'date', value: 'date', reason: 'column "date" appears more than once in the header' },
      { line: 1, column: 'name', value: 'name', reason: 'column "name" is not part of the police_operations contract; remove it (columns allowed: ref, date, ward_code, operation_type)' },
      { line: 1, column: 'ward_code', value: '', reason: 'required column "ward_code" is missing from the header' },
    ]);
  });

  it('requires a column that is required only for some rows', () => {
    const header = arrests.columns.map((c) => c.name).filter((name) => name !== 'drug_test_referred');
    expect(validateHeader(arrests, header)).toEqual([
      { line: 1, column: 'drug_test_referred', value: '', reason: 'required column "drug_test_referred" is missing from the header' },
    ]);
  });
});

describe('validateRow', () => {
  it('stores a valid row with its ref replaced by the keyed hash in its dataset', () => {
    expect(validateRow(operations, operation(), 2, context)).toEqual({
      issues: [],
      stored: { ref_hash: hash('police_operations', 'OP-1'), date: '2012-05-01', ward_code: OVAL, operation_type: 'kerb_crawling' },
    });
  });

  it("hashes a person ref in the person namespace and an operation ref in the operations' namespace", () => {
    const row = { ref: 'A-1', date: '2012-05-01', ward_code: OVAL, offence: 'soliciting_to_buy', sex: 'male', age_band: '25_34', person_ref: 'P-1', operation_ref: 'OP-1' };
    const { stored } = validateRow(arrests, row, 2, context);
    expect(stored).toMatchObject({ ref_hash: hash('arrests', 'A-1'), person_hash: hash('person', 'P-1'), operation_ref_hash: hash('police_operations', 'OP-1') });
    expect(stored).toMatchObject({ drug_test_referred: null, drug_test_result: null });
  });

  it('reports every problem of a row with its line, column, value and reason, and stores nothing', () => {
    const result = validateRow(operations, operation({ date: '2012-02-30', ward_code: 'E05000001', operation_type: 'raid' }), 7, context);
    expect(result).toEqual({
      issues: [
        { line: 7, column: 'date', value: '2012-02-30', reason: 'date is not a real date written YYYY-MM-DD' },
        { line: 7, column: 'ward_code', value: 'E05000001', reason: 'ward_code is not a Lambeth ward code (GSS code E05…, see the wards reference)' },
        { line: 7, column: 'operation_type', value: 'raid', reason: 'operation_type must be one of: kerb_crawling, other' },
      ],
    });
  });

  it('refuses dates in the future and before 2000, and accepts today and 1 January 2000', () => {
    expect(reasons(operation({ date: '2013-04-01' }))).toEqual(['date: date is in the future (today is 2013-03-31)']);
    expect(reasons(operation({ date: '1999-12-31' }))).toEqual(['date: date is before 2000-01-01']);
    expect(reasons(operation({ date: '2013-03-31' }))).toEqual([]);
    // The ward is checked on its own: Oval was not a ward in 2000, but its validity starts 2002.
    expect(reasons(operation({ date: '2000-01-01' }))).toEqual([`ward_code: ward_code is Oval, which was not a ward on 2000-01-01 (valid 2002-05-02 to now)`]);
  });

  it("refuses a ward on a date outside its validity, inclusive of the first and last day", () => {
    expect(reasons(operation({ ward_code: 'E05000999', date: '2012-07-01' }))).toEqual([
      'ward_code: ward_code is Old Ward, which was not a ward on 2012-07-01 (valid 2002-05-02 to 2012-06-30)',
    ]);
    expect(reasons(operation({ ward_code: 'E05000999', date: '2012-06-30' }))).toEqual([]);
    expect(reasons(operation({ ward_code: 'E05000999', date: '2002-05-02' }))).toEqual([]);
    expect(reasons(operation({ ward_code: 'E05000999', date: '2013-03-31' }))).toEqual([
      'ward_code: ward_code is Old Ward, which was not a ward on 2013-03-31 (valid 2002-05-02 to 2012-06-30)',
    ]);
    expect(reasons(operation({ ward_code: 'E05000999', date: '2002-05-01' }))).toEqual([
      'ward_code: ward_code is Old Ward, which was not a ward on 2002-05-01 (valid 2002-05-02 to 2012-06-30)',
    ]);
  });

  it('leaves the ward alone when the date is itself wrong, so one mistake gives one message', () => {
    for (const date of ['2012-13-01', '2014-01-01', '1999-01-01']) {
      expect(reasons(operation({ ward_code: 'E05000999', date })).filter((r) => r.startsWith('ward_code'))).toEqual([]);
    }
  });

  it('says which required value is empty, and why a conditional one is required', () => {
    expect(reasons(operation({ ref: '', ward_code: '' }))).toEqual(['ref: is required but empty', 'ward_code: is required but empty']);
    const selling = { ref: 'A-2', date: '2012-05-01', ward_code: OVAL, offence: 'soliciting_to_sell', sex: 'female', age_band: '18_24' };
    expect(reasons(selling, arrests)).toEqual(['drug_test_referred: is required (required when offence is soliciting_to_sell) but empty']);
    expect(reasons({ ...selling, offence: 'soliciting_to_buy' }, arrests)).toEqual([]);
  });

  it('treats a missing optional column as empty', () => {
    const row = { ref: 'G-1', date: '2012-05-01', strand: 'trafficking', age_band: '18_24', sex: 'female', referral_source: 'police' };
    expect(validateRow(gaia, row, 2, context).stored).toMatchObject({ ward_code: null, person_hash: null, strand: 'trafficking' });
  });

  it('checks strands, booleans and whole numbers', () => {
    const moveOn = { ref: 'C-1', date: '2012-05-01', from_step: '1', destination: 'custody', planned: 'true', length_of_stay_days: '0' };
    expect(reasons(moveOn, moveOns)).toEqual([]);
    expect(reasons({ ...moveOn, planned: 'yes', length_of_stay_days: '-3' }, moveOns)).toEqual([
      'planned: planned must be true or false',
      'length_of_stay_days: length_of_stay_days must be a whole number, 0 or more',
    ]);
    expect(reasons({ ...moveOn, planned: 'false', length_of_stay_days: '2147483647' }, moveOns)).toEqual([]);
    expect(reasons({ ...moveOn, length_of_stay_days: '2147483648' }, moveOns)).toEqual(['length_of_stay_days: length_of_stay_days must be a whole number, 0 or more']);
    expect(reasons({ ...moveOn, length_of_stay_days: '12 days' }, moveOns)).toEqual(['length_of_stay_days: length_of_stay_days must be a whole number, 0 or more']);
    const referral = { ref: 'G-1', date: '2012-05-01', strand: 'fgm', age_band: '18_24', sex: 'female', referral_source: 'police' };
    expect(reasons(referral, gaia)).toEqual(['strand: strand is not one of the eight strands: domestic_violence, trafficking']);
  });

  describe('the exploitation type of a Gaia referral (optional, added 2026)', () => {
    const trafficking = { ref: 'G-2', date: '2012-05-01', strand: 'trafficking', age_band: '18_24', sex: 'female', referral_source: 'police' };

    it('is accepted in a header or left out of it', () => {
      expect(validateHeader(gaia, [...Object.keys(trafficking), 'exploitation_type'])).toEqual([]);
      expect(validateHeader(gaia, Object.keys(trafficking))).toEqual([]);
    });

    it('is stored for a trafficking referral, and stored as not recorded when empty or absent', () => {
      expect(validateRow(gaia, { ...trafficking, exploitation_type: 'forced_begging' }, 2, context).stored).toMatchObject({ exploitation_type: 'forced_begging' });
      expect(validateRow(gaia, { ...trafficking, exploitation_type: 'unknown' }, 2, context).stored).toMatchObject({ exploitation_type: 'unknown' });
      expect(validateRow(gaia, { ...trafficking, exploitation_type: '' }, 2, context).stored).toMatchObject({ exploitation_type: 'not_recorded' });
      expect(validateRow(gaia, trafficking, 2, context).stored).toMatchObject({ exploitation_type: 'not_recorded' });
      expect(validateRow(gaia, { ...trafficking, strand: 'domestic_violence', exploitation_type: '' }, 2, context).stored).toMatchObject({ exploitation_type: 'not_recorded' });
    });

    it('is refused with any other strand, on its line, saying what would be right', () => {
      expect(validateRow(gaia, { ...trafficking, strand: 'domestic_violence', exploitation_type: 'labour' }, 9, context)).toEqual({
        issues: [{
          line: 9, column: 'exploitation_type', value: 'labour',
          reason: "exploitation_type is recorded only when strand is trafficking, and this row's strand is domestic_violence: leave exploitation_type empty, or correct the strand",
        }],
      });
    });

    it('must be one of the contract\'s types, and "not_recorded" is not one of them (it is what empty means)', () => {
      expect(reasons({ ...trafficking, exploitation_type: 'begging' }, gaia)).toEqual([
        'exploitation_type: exploitation_type must be one of: sexual, labour, criminal, forced_begging, domestic_servitude, unknown',
      ]);
      expect(reasons({ ...trafficking, exploitation_type: 'not_recorded' }, gaia)).toHaveLength(1);
    });

    it('is left alone when the strand itself is wrong, so one mistake gives one message', () => {
      expect(reasons({ ...trafficking, strand: 'trafficing', exploitation_type: 'labour' }, gaia)).toEqual([
        'strand: strand is not one of the eight strands: domestic_violence, trafficking',
      ]);
    });
  });

  it('refuses a ref longer than 200 characters, and accepts one of exactly 200', () => {
    expect(reasons(operation({ ref: 'x'.repeat(201) }))).toEqual(['ref: ref is longer than 200 characters']);
    expect(reasons(operation({ ref: 'x'.repeat(200) }))).toEqual([]);
    expect(reasons({ ref: 'A-3', date: '2012-05-01', ward_code: OVAL, offence: 'soliciting_to_buy', sex: 'male', age_band: '25_34', person_ref: 'p'.repeat(201) }, arrests))
      .toEqual(['person_ref: person_ref is longer than 200 characters']);
  });
});
