import fc from 'fast-check';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { AuthUser } from '../access/roles';
import { answerFigures } from '../figures/answer-figures';
import type { FigureArgs } from '../figures/figure-query';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import { datasetArbitrary, equations, importGaiaCounts, pinnedSmallCells, queryArbitrary } from './disclosure-differencing.test-helper';

/**
 * The strongest check there is on the whole path (importer → SQL → disclosure → answer): an
 * attacker holding the answers to two funder queries, and treating every published row, total and
 * omitted (zero) row as an exact equation over the records, still cannot pin any small cell to
 * one value. The attacker is also told every count outside the data's wards and strands is zero.
 */
const funder: AuthUser = { subject: 'f', role: 'funder', wards: [] };

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

describe('no small cell can be recovered from two funder queries', () => {
  it('holds for random datasets and random pairs of queries', async () => {
    const reference = await loadReferenceCatalogue(db.requestDataSource);
    const context = { user: funder, dataSource: db.requestDataSource, reference: async () => reference };
    await fc.assert(fc.asyncProperty(datasetArbitrary, queryArbitrary, queryArbitrary, async (counts, first, second) => {
      await importGaiaCounts(db.dataSource, counts);
      const answers = await Promise.all([first, second].map((q) => answerFigures(context, { measure: 'gaia.referrals', financialYear: '2012/13', ...q } as FigureArgs)));
      const pinned = pinnedSmallCells([first, second].flatMap((q, i) => equations(q, answers[i])), counts);
      if (pinned.length) throw new Error(`${pinned.join('; ')} pinned by ${JSON.stringify([first, second])}`);
    }), { numRuns: 20 });
  });
});
