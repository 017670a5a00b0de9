// Mutation testing (npm run test:mutation): Stryker changes the code of the access, disclosure and
// import modules one small mistake at a time and checks that a test fails for each. Run from the
// repository root (the api's code imports ../migrations), in a sandbox copy under the system's
// temporary directory, never in place: other work in the tree must not see mutated code.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const jestConfig = require('./jest.config.js');
const work = path.join(os.tmpdir(), 'vawg-stryker');
/** Kept between runs (gitignored): with it, a run after a small change retests only what the change touches. */
const results = path.resolve('.data', 'mutation');

/** What is mutated: the logic of the three modules. Resolvers, entities and GraphQL types are declarations, and the CLIs run in child processes that mutants cannot reach. */
const NOT_LOGIC = ['test', 'cli', 'resolver', 'entity', 'type', 'args', 'test-helper'].map((role) => `!api/src/**/*.${role}.ts`);

export default {
  packageManager: 'npm',
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  mutate: ['api/src/access/**/*.ts', 'api/src/disclosure/disclose-figures.ts', 'api/src/import/**/*.ts', ...NOT_LOGIC],
  jest: {
    projectType: 'custom',
    enableFindRelatedTests: false,
    // No rootDir: Stryker's jest runner uses the sandbox (a copy of the repository), so <rootDir> is its root.
    config: {
      ...jestConfig,
      roots: ['<rootDir>/api/src'],
      setupFiles: ['<rootDir>/api/test/setup-env.ts'],
      // test/reliability/run-mutation.ts starts one PostgreSQL for the run (TEST_ADMIN_DATABASE_URL).
      globalSetup: undefined,
      globalTeardown: undefined,
      // The tests of these modules that run in this process (mutants do not reach child processes).
      testMatch: [
        '<rootDir>/api/src/access/**/*.test.ts',
        '<rootDir>/api/src/disclosure/disclose-figures.test.ts',
        '<rootDir>/api/src/import/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', 'import\\.cli\\.test\\.ts$'],
    },
  },
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads (constants, option objects, module-level regexes)
  // is active in every test, so it needs the whole suite: a third of the mutants, 97% of the time.
  // They are left out (and reported as ignored); the score counts every mutant inside functions.
  ignoreStatic: true,
  thresholds: { high: 80, low: 60, break: 60 },
  concurrency: 2,
  timeoutMS: 5000,
  incremental: true,
  incrementalFile: path.join(results, 'stryker-incremental.json'),
  tempDirName: path.relative(process.cwd(), path.join(work, 'sandbox')),
  cleanTempDir: 'always',
  ignorePatterns: ['.data', '.turbo', 'dashboard/dist', 'dashboard/src', 'docs', 'docker', '**/*.log', 'api/test/reliability'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: path.join(results, 'mutation-report.html') },
  disableTypeChecks: 'api/src/**/*.ts',
};
