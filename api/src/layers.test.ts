import path from 'node:path';
import { layerViolations, mutualPairs, readSources } from '../test/support/import-layers';

/**
 * The layers of api/src, lowest first (ARCHITECTURE.md draws them): a module imports only from
 * itself and the modules before it. Entry points (main.ts, *.cli.ts) compose from any layer.
 */
export const LAYERS = [
  'shared', 'csv', 'config', 'observability',
  'datasets', 'measures', 'access', 'reference', 'disclosure', 'context', 'audit',
  'figures', 'returns', 'import', 'coverage', 'annotations', 'spc', 'targets', 'spc-charts', 'issues', 'wards',
  'downloads', 'sign-in', 'api-keys', 'answer-cache', 'demo',
  'db', 'backup', 'server', 'schema', 'main',
] as const;

const sources = readSources(__dirname);

describe('the one-way house', () => {
  it('has no import that climbs back up the layers', () => {
    expect(layerViolations(sources, LAYERS)).toEqual([]);
  });

  it('has no two folders importing each other', () => {
    expect(mutualPairs(sources)).toEqual([]);
  });

  it('refuses an upward import added to the tree', () => {
    const withUpward = new Map(sources).set('figures/reads-the-server.ts', "import { startApp } from '../server/app';\n");
    expect(layerViolations(withUpward, LAYERS)).toEqual([
      'figures/reads-the-server.ts imports server/app.ts, but figures is below server: the arrow climbs back up',
    ]);
  });

  it('counts type-only imports, re-exports and a folder nobody placed', () => {
    const tree = new Map([
      ['shared/dates.ts', "import type { Config } from '../config';\nexport { today } from '../config';\n"],
      ['config.ts', "import { lineTooLong } from './shared/dates';\n"],
      ['reports/monthly.ts', "import { today } from '../shared/dates';\n"],
    ]);
    expect(layerViolations(tree, ['shared', 'config'])).toEqual([
      'reports is in no layer: place it in LAYERS (api/src/layers.test.ts) and ARCHITECTURE.md',
      'shared/dates.ts imports config.ts, but shared is below config: the arrow climbs back up',
      'shared/dates.ts imports config.ts, but shared is below config: the arrow climbs back up',
    ]);
    expect(mutualPairs(tree)).toEqual(['config ↔ shared']);
  });

  it('refuses product code that reads test code or climbs out of api/src and back in', () => {
    const tree = new Map([
      ['shared/dates.ts', ''],
      ['server/app.ts', ''],
      ['figures/planner.ts', "import { runAs } from '../../test/support/graphql-as';\nimport { startApp } from '../../src/server/app.js';\nimport { MIGRATIONS } from '../../../migrations';\n"],
    ]);
    expect(layerViolations(tree, ['shared', 'figures', 'server'])).toEqual([
      'figures/planner.ts imports ../test/support/graphql-as, outside api/src: product code never reads test code',
      'figures/planner.ts imports server/app.ts, but figures is below server: the arrow climbs back up',
    ]);
  });

  it('lets entry points compose from any layer, but no module import one', () => {
    const tree = new Map([
      ['db/database.ts', ''],
      ['import/import.cli.ts', "import { openDatabase } from '../db/database';\n"],
      ['import/importer.service.ts', "import { main } from './import.cli';\n"],
    ]);
    expect(layerViolations(tree, ['import', 'db'])).toEqual([
      'import/importer.service.ts imports the entry point import/import.cli.ts: move what both need below them',
    ]);
  });

  it('reads every source file of api/src', () => {
    expect(sources.has(path.posix.join('figures', 'answer-figures.ts'))).toBe(true);
    expect([...sources.keys()].some((file) => file.endsWith('.test.ts'))).toBe(false);
  });
});
