import { GraphQLError } from 'graphql';
import type { Dimension } from '../datasets/dataset-catalogue';
import type { FigureQuery } from './figure-query';
import { findMeasure } from '../measures/measure-catalogue';
import { ALL_ROWS } from '../access/request-scope';
import { isControlledRole } from '../disclosure/disclosure-control';
import { authorizeFigures } from './figure-access';
import type { AuthUser, Role } from '../access/roles';

const OVAL = 'E05000426';
const COLDHARBOUR = 'E05000420';
const user = (role: Role, wards: string[] = []): AuthUser => ({ subject: `${role}-1`, role, wards });
const councillor = user('councillor', [OVAL]);

function query(measureId: string, parts: Partial<Omit<FigureQuery, 'measure'>> = {}): FigureQuery {
  const measure = findMeasure(measureId);
  if (!measure) throw new Error(`no measure ${measureId}`);
  return { measure, period: 'financialYear', from: '2012-04-01', to: '2013-03-31', granularity: 'QUARTER', groupBy: [], filter: [], ...parts };
}
const by = (...groupBy: Dimension[]) => ({ groupBy });

/** The error a refused request gets: its message and extensions, as the client sees them. */
function refusal(run: () => unknown): { message: string; code: unknown; argument: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, code: error.extensions.code, argument: error.extensions.argument };
  }
  throw new Error('expected the request to be refused');
}

describe('authorizeFigures: who may ask for which figures', () => {
  it("keeps the operational group's own measures (forced begging) from funders and councillors, naming the measure", () => {
    const forcedBegging = query('gaia.trafficking_forced_begging');
    for (const role of ['analyst', 'member'] as const) expect(authorizeFigures(user(role), forcedBegging).query).toBe(forcedBegging);
    for (const asker of [user('funder'), councillor]) {
      expect(refusal(() => authorizeFigures(asker, forcedBegging))).toEqual({
        message: 'Argument "measure": gaia.trafficking_forced_begging is for the operational group only; Gaia referrals by EXPLOITATION_TYPE give its borough figures',
        code: 'FORBIDDEN', argument: 'measure',
      });
    }
  });

  it('lets analysts and members ask for anything, over any dates, with the whole borough in scope', () => {
    const free = query('gaia.referrals', { period: 'range', from: '2010-01-01', to: '2013-01-01', groupBy: ['WARD', 'AGE_BAND', 'SEX'] });
    for (const role of ['analyst', 'member'] as const) {
      const decided = authorizeFigures(user(role), free);
      expect(decided.query).toBe(free);
      expect(decided.scope).toEqual({ kind: 'all' });
    }
  });

  it('controls funders and councillors only', () => {
    expect((['analyst', 'member', 'funder', 'councillor'] as const).filter(isControlledRole)).toEqual(['funder', 'councillor']);
  });

  it('refuses a funder a free date range, naming the from argument', () => {
    expect(refusal(() => authorizeFigures(user('funder'), query('police.operations', { period: 'range' })))).toEqual({
      message: 'Argument "from": funders and councillors ask for fixed periods: give financialYear (with granularity QUARTER or MONTH for parts of it), not from/to',
      code: 'FORBIDDEN',
      argument: 'from',
    });
  });

  it("lets a funder combine the dataset's pair of breakdowns, or any one breakdown alone", () => {
    for (const groupBy of [['WARD', 'STRAND'], ['STRAND'], ['AGE_BAND'], []] as Dimension[][]) {
      const asked = query('gaia.referrals', by(...groupBy));
      expect(authorizeFigures(user('funder'), asked)).toEqual({ query: asked, scope: ALL_ROWS });
    }
  });

  it('refuses a funder two breakdowns of people outside the pair, counting filters with groupBy', () => {
    expect(refusal(() => authorizeFigures(user('funder'), query('gaia.referrals', by('WARD', 'AGE_BAND'))))).toEqual({
      message: 'Argument "groupBy": gaia.referrals can be broken down by WARD and STRAND together, or by one other dimension at a time (groupBy and filter count together)',
      code: 'FORBIDDEN',
      argument: 'groupBy',
    });
    const filtered = query('arrests.men_buying', { groupBy: ['SEX'], filter: [{ dimension: 'WARD', codes: [OVAL] }] });
    expect(refusal(() => authorizeFigures(user('funder'), filtered)).message)
      .toBe('Argument "groupBy": arrests.men_buying can be broken down by WARD and AGE_BAND together, or by one other dimension at a time (groupBy and filter count together)');
  });

  it('counts a dimension both grouped and filtered once', () => {
    const asked = query('gaia.referrals', { groupBy: ['WARD', 'STRAND'], filter: [{ dimension: 'WARD', codes: [OVAL] }] });
    expect(authorizeFigures(user('funder'), asked).query).toBe(asked);
  });

  it('lets a funder break police operations (not people) down by up to two dimensions, never three', () => {
    // The rule alone: police operations have only WARD today; a count of operations stays safe at any size.
    const twoWays = { ...query('police.operations'), groupBy: ['WARD', 'SEX'] as Dimension[] };
    expect(authorizeFigures(user('funder'), twoWays).query).toBe(twoWays);
    const threeWays = { ...twoWays, groupBy: ['WARD', 'SEX', 'AGE_BAND'] as Dimension[] };
    expect(refusal(() => authorizeFigures(user('funder'), threeWays)).message).toBe(
      'Argument "groupBy": police.operations can be broken down by WARD together, or by one other dimension at a time (groupBy and filter count together)',
    );
  });

  it('gives a councillor borough-level figures for the whole borough', () => {
    const asked = query('gaia.referrals', by('STRAND'));
    expect(authorizeFigures(councillor, asked)).toEqual({ query: asked, scope: { kind: 'all' } });
  });

  it("restricts a councillor's ward breakdown to their own wards, in the query and in the row scope", () => {
    const member2 = user('councillor', [OVAL, COLDHARBOUR]);
    const decided = authorizeFigures(member2, query('gaia.referrals', by('WARD', 'STRAND')));
    expect(decided.query.filter).toEqual([{ dimension: 'WARD', codes: [OVAL, COLDHARBOUR] }]);
    expect(decided.query.groupBy).toEqual(['WARD', 'STRAND']);
    expect(decided.scope).toEqual({ kind: 'wards', wards: [OVAL, COLDHARBOUR] });
  });

  it("accepts a councillor's filter on their own ward as it is, scoped to their wards", () => {
    const asked = query('gaia.referrals', { filter: [{ dimension: 'WARD', codes: [OVAL] }] });
    const decided = authorizeFigures(councillor, asked);
    expect(decided.query).toBe(asked);
    expect(decided.scope).toEqual({ kind: 'wards', wards: [OVAL] });
  });

  it("refuses a councillor another ward's figures, naming it and their own", () => {
    const asked = query('gaia.referrals', { filter: [{ dimension: 'WARD', codes: [OVAL, COLDHARBOUR] }] });
    expect(refusal(() => authorizeFigures(councillor, asked))).toEqual({
      message: `Argument "filter.ward": a councillor sees ward-level figures for their own ward(s) only (${OVAL}); ${COLDHARBOUR} is not one of them`,
      code: 'FORBIDDEN',
      argument: 'filter.ward',
    });
  });

  it('refuses ward-level figures to a councillor whose token names no ward, naming the argument, and still answers borough-level ones', () => {
    const wardless = user('councillor', []);
    const message = 'your token names no ward, so it cannot see ward-level figures: ask for borough-level figures (no ward filter or WARD breakdown), or ask the VAWG Insight team for a token that names your ward(s)';
    expect(refusal(() => authorizeFigures(wardless, query('gaia.referrals', by('WARD'))))).toEqual({ message: `Argument "groupBy": ${message}`, code: 'FORBIDDEN', argument: 'groupBy' });
    expect(refusal(() => authorizeFigures(wardless, query('gaia.referrals', { filter: [{ dimension: 'WARD', codes: [OVAL] }] })))).toEqual({
      message: `Argument "filter.ward": ${message}`, code: 'FORBIDDEN', argument: 'filter.ward',
    });
    const borough = query('gaia.referrals', by('STRAND'));
    expect(authorizeFigures(wardless, borough)).toEqual({ query: borough, scope: ALL_ROWS });
  });

  it('does not treat a funder as a councillor: no ward restriction', () => {
    const asked = query('gaia.referrals', { filter: [{ dimension: 'WARD', codes: [COLDHARBOUR] }] });
    expect(authorizeFigures(user('funder', [OVAL]), asked)).toEqual({ query: asked, scope: ALL_ROWS });
  });
});
