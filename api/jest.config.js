/**
 * Two jest projects. "unit": tests that need no database, run with none (a database address that
 * cannot be reached, so one that tries fails at once). "database": tests against a real PostgreSQL,
 * DATABASE_URL's server or an embedded one started once for the run (only when one of them runs).
 * test/support/test-kinds.js sorts the files by what they import.
 */
const { testKinds } = require('./test/support/test-kinds');
const shared = require('./jest.shared');

const kinds = testKinds();

module.exports = {
  // A global setting: jest 30 does not take it from the projects.
  testTimeout: shared.testTimeout,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: kinds.unit,
      setupFiles: [...shared.setupFiles, '<rootDir>/test/setup-unit-env.ts'],
    },
    {
      ...shared,
      displayName: 'database',
      rootDir: __dirname,
      // The slow fault, fuzz and soak tests run with `npm run test:reliability` (jest.reliability.config.js).
      testMatch: kinds.database,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
