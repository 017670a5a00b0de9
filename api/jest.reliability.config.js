/**
 * `npm run test:reliability`: faults (database killed mid-import, restarted under the API,
 * graceful shutdown, backup and restore), fuzzing (hostile files, every GraphQL argument) and a
 * bounded soak, then a summary. Kept out of `npm test`, which stays fast.
 */
const shared = require('./jest.shared');

module.exports = {
  ...shared,
  roots: ['<rootDir>/test/reliability'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/reliability/global-setup.ts',
  // Stops the embedded PostgreSQL the setup started: without it jest never exits.
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 300000,
  reporters: ['default', '<rootDir>/test/reliability/summary-reporter.js'],
};
