import { financialQuarterOf, financialYearOf, parseFinancialYear, periodsBetween } from './financial-periods';

describe('financial periods', () => {
  it('places 31 March and 1 April in different financial years', () => {
    expect(financialYearOf('2013-03-31')).toBe('2012/13');
    expect(financialYearOf('2013-04-01')).toBe('2013/14');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
  });

  it('numbers quarters from April', () => {
    expect(['2012-04-01', '2012-06-30', '2012-07-01', '2012-12-31', '2013-01-01', '2013-03-31'].map(financialQuarterOf)).toEqual([1, 1, 2, 3, 4, 4]);
  });

  it('parses only well-formed financial years', () => {
    expect(parseFinancialYear('2012/13')).toEqual({ label: '2012/13', start: '2012-04-01', end: '2013-03-31' });
    expect(parseFinancialYear('1999/00')).toEqual({ label: '1999/00', start: '1999-04-01', end: '2000-03-31' });
    for (const bad of ['2012/14', '2012-13', '2012/2013', '12/13', ' 2012/13']) expect(parseFinancialYear(bad)).toBeUndefined();
  });

  it('lists the periods that overlap a range', () => {
    expect(periodsBetween('QUARTER', '2012-05-15', '2012-10-01').map((p) => p.label)).toEqual(['2012/13 Q1', '2012/13 Q2', '2012/13 Q3']);
    expect(periodsBetween('MONTH', '2012-12-31', '2013-02-01').map((p) => `${p.label}:${p.end}`)).toEqual(['2012-12:2012-12-31', '2013-01:2013-01-31', '2013-02:2013-02-28']);
    expect(periodsBetween('FINANCIAL_YEAR', '2012-03-31', '2012-04-01').map((p) => p.label)).toEqual(['2011/12', '2012/13']);
  });
});
