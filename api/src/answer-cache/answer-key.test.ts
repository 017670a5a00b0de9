import type { AuthUser } from '../access/roles';
import { answerKey, canonicalJson, viewerScope } from './answer-key';
import { ByteBudgetLru } from './answer-lru';

const VERSION = { epoch: '5f0c7a52-0000-4000-8000-000000000000', version: '42' };
const DAY = '2026-12-06';
const QUERY = 'query HeadlineFigure($measure: ID!, $financialYear: String!) { figures(measure: $measure, financialYear: $financialYear) { total } }';
const member: AuthUser = { subject: 'someone', role: 'member', wards: [] };
const keyOf = (query: string, variables: Record<string, unknown>, user: AuthUser = member, version = VERSION, day = DAY) =>
  answerKey({ query, variables }, user, version, day)?.key;

describe('answer keys', () => {
  it('gives the same key to the same question in other whitespace, commas, comments or variable order', () => {
    const spaced = `# the card\nquery   HeadlineFigure( $measure : ID!,\n $financialYear: String! ) {\n  figures(measure: $measure, financialYear: $financialYear) {\n    total\n  }\n}`;
    expect(keyOf(spaced, { financialYear: '2012/13', measure: 'gaia.referrals' })).toBe(keyOf(QUERY, { measure: 'gaia.referrals', financialYear: '2012/13' }));
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: null })).toBe('{"a":null,"b":[{"x":2,"y":1}]}');
  });

  it('tells apart other variables, versions, epochs and days', () => {
    const base = keyOf(QUERY, { measure: 'gaia.referrals', financialYear: '2012/13' });
    expect(keyOf(QUERY, { measure: 'gaia.referrals', financialYear: '2013/14' })).not.toBe(base);
    expect(keyOf(QUERY, { measure: 'gaia.referrals', financialYear: '2012/13' }, member, { ...VERSION, version: '43' })).not.toBe(base);
    expect(keyOf(QUERY, { measure: 'gaia.referrals', financialYear: '2012/13' }, member, { ...VERSION, epoch: 'another' })).not.toBe(base);
    expect(keyOf(QUERY, { measure: 'gaia.referrals', financialYear: '2012/13' }, member, VERSION, '2026-12-07')).not.toBe(base);
  });

  it('holds the role and a councillor\'s wards, never the person', () => {
    const variables = { measure: 'gaia.referrals', financialYear: '2012/13' };
    expect(keyOf(QUERY, variables, { subject: 'another person', role: 'member', wards: [] })).toBe(keyOf(QUERY, variables));
    expect(keyOf(QUERY, variables, { subject: 'someone', role: 'funder', wards: [] })).not.toBe(keyOf(QUERY, variables));
    const councillor = (subject: string, wards: string[]): AuthUser => ({ subject, role: 'councillor', wards });
    expect(keyOf(QUERY, variables, councillor('a', ['E05000416', 'E05000417']))).toBe(keyOf(QUERY, variables, councillor('b', ['E05000417', 'E05000416'])));
    expect(keyOf(QUERY, variables, councillor('a', ['E05000416']))).not.toBe(keyOf(QUERY, variables, councillor('a', ['E05000417'])));
    expect(viewerScope(councillor('Cllr Example', ['E05000417']))).toBe('councillor:E05000417');
    expect(viewerScope({ subject: 'Funder Example', role: 'funder', wards: [] })).toBe('funder:');
  });

  it('keys query operations only: never a mutation, a document that does not parse, or an unnamed choice of several', () => {
    expect(keyOf('mutation { addAnnotation(date: "2012-01-01", title: "x") { id } }', {})).toBeUndefined();
    expect(keyOf('query { figures(', {})).toBeUndefined();
    expect(keyOf('query A { measures { id } } query B { wards { code } }', {})).toBeUndefined();
    expect(answerKey({ query: 'query A { measures { id } } query B { wards { code } }', operationName: 'B' }, member, VERSION, DAY)?.operationName).toBe('B');
  });
});

describe('the byte budget', () => {
  it('evicts the least recently used answers until a new one fits, and never holds more than its budget', () => {
    const lru = new ByteBudgetLru<string>(100);
    lru.set('a', 'A', 40);
    lru.set('b', 'B', 40);
    expect(lru.get('a')).toBe('A'); // a is now the most recently used
    lru.set('c', 'C', 40);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['A', undefined, 'C']);
    expect(lru.bytes).toBe(80);
    expect(lru.set('huge', 'H', 101)).toBe(false);
    expect(lru.bytes).toBe(80);
    lru.set('a', 'A2', 60); // replacing an entry counts its new size only
    expect(lru.bytes).toBe(100);
    expect(lru.size).toBe(2);
  });

  it('stays within budget under many answers of random sizes', () => {
    const lru = new ByteBudgetLru<number>(10_000);
    for (let i = 0; i < 5_000; i++) {
      lru.set(`k${i % 700}`, i, 1 + ((i * 7919) % 900));
      expect(lru.bytes).toBeLessThanOrEqual(10_000);
    }
  });
});
