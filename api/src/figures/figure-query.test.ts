import { GraphQLError } from 'graphql';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { resolveFigureQuery } from './figure-query';

const reference: ReferenceCatalogue = {
  wards: new Map([['E05000416', { code: 'E05000416', name: "Bishop's", validFrom: '2002-05-02', validTo: '2022-05-04' }]]),
  strands: new Map([['stalking', { code: 'stalking', label: 'Stalking' }]]),
};

describe('resolveFigureQuery', () => {
  it('refuses an empty filter list by name instead of counting nothing (it was a 500)', () => {
    const attempt = () => resolveFigureQuery({ measure: 'gaia.referrals', financialYear: '2012/13', filter: { ward: [] } }, reference);
    expect(attempt).toThrow(GraphQLError);
    expect(attempt).toThrow('Argument "filter.ward": lists no codes: leave it out to count every code, or name at least one');
  });

  it('takes a filter that names a code', () => {
    expect(resolveFigureQuery({ measure: 'gaia.referrals', financialYear: '2012/13', filter: { ward: ['E05000416'] } }, reference).filter)
      .toEqual([{ dimension: 'WARD', codes: ['E05000416'] }]);
  });
});
