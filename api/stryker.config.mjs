// Mutation testing (npm run test:mutation, not part of CI for time): Stryker changes
// the code of the access, disclosure and import modules one small mistake at a time and checks that
// a test fails for each. Run from the repository root (the api's code imports ../migrations), in a
// sandbox copy under the system's temporary directory, never in place: other work in the tree must
// not see mutated code. Budget: about 17 minutes on 2 cores, from a clean checkout.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const jestConfig = require('./jest.shared.js');
const work = path.join(os.tmpdir(), 'vawg-stryker');
/** Gitignored: the JSON and HTML reports, and the incremental file (a local re-run retests only what changed; CI starts clean). */
const results = path.resolve('.data', 'mutation');

/**
 * What is mutated: the logic that decides who sees what, what is withheld and what is let in.
 * Each file is here because the in-process tests below exercise it directly.
 */
const MUTATED = [
  // access: the matrix lookup (rolesFor), token verification, roles; authorizeFigures. (request-scope.ts is
  // database glue: its tests run against PostgreSQL, in row-level-security.test.ts.)
  'api/src/access/access-matrix.ts',
  'api/src/figures/figure-access.ts',
  'api/src/access/token.service.ts',
  'api/src/access/roles.ts',
  // disclosure: the whole suppression algorithm (cube, lattice lines, primary and secondary
  // suppression, exact audit and repair), controlled roles and combinable breakdowns, the policy;
  // and disclose-figures, where the figures layer applies it.
  'api/src/disclosure/*.ts',
  'api/src/figures/disclose-figures.ts',
  // import: header and row validation, the byte-level file guard (UTF-8, NUL, size, line length),
  // CSV reading and its refusals, limits, the report people read, the keyed ref hash.
  'api/src/import/row-validator.ts',
  'api/src/csv/file-guard.ts',
  'api/src/csv/csv-source.ts',
  'api/src/csv/import-limits.ts',
  'api/src/csv/row-issue.ts',
  'api/src/import/import-report.ts',
  'api/src/import/ref-hasher.ts',
];

/**
 * Left out, and why:
 * - tests and test helpers (cell-bounds.test-helper.ts is an LP auditor only the tests use: an oracle, not product code);
 * - interval-auditor.ts (see NOT_MUTATED); the releases' service (figures/disclosure-release.service.ts: a SQL
 *   function does the copy) and the patterns kept per release (figures/persisted-patterns.ts): database glue,
 *   tested against PostgreSQL;
 * - for time, the exact arithmetic under the auditor: exact-simplex.ts (an exact LP solver forced-zeros
 *   uses for the rare zero cells the one-sign rule cannot settle), row-echelon.ts and sparse-row.ts
 *   (exact elimination over the integers). Their mutants mostly break a loop and hang until the
 *   timeout (a third of all timeouts, several seconds each); measured before leaving them out, 95%
 *   (sparse-row) and 84% (row-echelon) were caught. exact-simplex.test.ts and
 *   exact-elimination.arithmetic.test.ts check them in npm test;
 * - declarations: disclosure-types.ts (types only), entities, GraphQL types and args,
 *   resolvers (thin: they read arguments and call the functions above, and are covered end to end);
 * - the CLIs (token.cli.ts, import.cli.ts): they run in child processes, which mutants do not reach;
 * - code whose every line is a database round trip, tested against PostgreSQL (a mutant would replay
 *   a database per test, minutes each): api-key.service.ts (key lookup, revocation), import-context.ts
 *   (reads wards and strands) and importer.service.ts (staging, COPY, merge, transaction). The checks
 *   the importer applies to a file are mutated where they live: row-validator, file-guard, csv-source.
 */
const NOT_MUTATED = [
  'api/src/**/*.test.ts',
  'api/src/**/*.test-helper.ts',
  'api/src/disclosure/exact-simplex.ts',
  'api/src/disclosure/row-echelon.ts',
  'api/src/disclosure/sparse-row.ts',
  'api/src/disclosure/disclosure-types.ts',
  // For time: the interval auditor hands LPs to HiGHS; its mutants mostly change which proof is tried
  // first, each costing LP runs. Its result is checked by exact LP in suppress-small-cells.property.test.ts.
  'api/src/disclosure/interval-auditor.ts',
  // For time: the catalogue lookups of linked measures and structural zeros; their tests
  // (linked-measures.test.ts, in npm test) build cubes of thousands of cells, seconds a mutant.
  'api/src/disclosure/protection-groups.ts',
  'api/src/disclosure/structural-zeros.ts',
].map((pattern) => `!${pattern}`);

/**
 * The tests each mutant is tried against: fast, in-process unit tests, listed by name so that a new
 * test needing PostgreSQL cannot break the run (add a new unit test file here to count it).
 * Not here, each a few seconds per mutant or worse:
 * - tests that need PostgreSQL: row-level-security, disclose-figures, the differencing and ward
 *   briefing properties, importer.service, import-limits (disclose-figures.logic.test.ts tests the
 *   same rules through applyDisclosure, with no database at all, and the import unit tests likewise);
 * - import.cli.test.ts: child processes, which mutants do not reach;
 * - suppress-small-cells.property.test.ts: 350 random cubes, 20 s a mutant; the example tests
 *   beside it pin the same rules on cubes chosen to break them;
 * - disclosure-auditor.test.ts: its bridge examples lean on an exact-LP oracle (0.5 s each, more
 *   instrumented) and its random cubes are a property test; disclosure-auditor.examples.test.ts
 *   checks the auditor, the line rule and repair on small cubes worked out by hand instead;
 * - exact-simplex.test.ts, exact-elimination.arithmetic.test.ts: their code is not mutated (see above);
 * - suppress-small-cells.realistic-size.test.ts: one cube of 3,910 cells, seconds a mutant.
 */
const UNIT_TESTS = [
  'api/src/access/access-matrix.lookup.test.ts',
  'api/src/figures/figure-access.rules.test.ts',
  'api/src/access/oidc-verifier.test.ts',
  'api/src/access/token.claims.test.ts',
  'api/src/access/token.service.test.ts',
  'api/src/figures/disclose-figures.logic.test.ts',
  'api/src/disclosure/disclosure-auditor.examples.test.ts',
  'api/src/disclosure/disclosure-inputs.edges.test.ts',
  'api/src/disclosure/disclosure-policy.test.ts',
  'api/src/disclosure/forced-zeros.test.ts',
  'api/src/disclosure/suppress-small-cells.test.ts',
  'api/src/csv/csv-source.reading.test.ts',
  'api/src/csv/file-guard.bytes.test.ts',
  'api/src/import/row-validator.rules.test.ts',
];

export default {
  packageManager: 'npm',
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  mutate: [...MUTATED, ...NOT_MUTATED],
  jest: {
    projectType: 'custom',
    // Each mutant runs only the test files that import its file (with perTest coverage, only the tests that reach it).
    enableFindRelatedTests: true,
    // No rootDir: Stryker's jest runner uses the sandbox (a copy of the repository), so <rootDir> is its root.
    config: {
      ...jestConfig,
      roots: ['<rootDir>/api/src'],
      setupFiles: ['<rootDir>/api/test/setup-env.ts'],
      // The interval auditor's LP solver (WebAssembly) is ready before any test protects a cube.
      setupFilesAfterEnv: ['<rootDir>/api/test/setup-after-env.ts'],
      // No test below needs PostgreSQL: no global setup, no database per run.
      globalSetup: undefined,
      globalTeardown: undefined,
      testMatch: UNIT_TESTS.map((file) => `<rootDir>/${file}`),
      testPathIgnorePatterns: ['/node_modules/'],
      // Left out of the run by name: the shuffled-inputs test (a property test in all but name, 0.4 s,
      // several times slower instrumented, for each of ~1,000 disclosure mutants).
      testNamePattern: '^(?!.*gives the same pattern whatever order the leaves, codes and dimensions come in)',
    },
  },
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads (constants, option objects, module-level regexes)
  // is active in every test, so it needs the whole suite run for it alone. Those are declarations
  // (the access matrix's entries, thresholds, CSV options): left out, and reported as ignored.
  ignoreStatic: true,
  thresholds: { high: 80, low: 60, break: 60 },
  concurrency: 2,
  // Every unit test together takes under a second (the dry run's net time): a mutant still running
  // 2 s past 1.5 times its tests' time has made a loop run on.
  timeoutMS: 2000,
  mutator: {
    // For time (each mutant costs a jest run of about a second here), two kinds that say little per second:
    // emptying a whole block (98% caught, a fifth of the timeouts: an emptied loop body spins) and
    // replacing a string, mostly message text (92% caught: the tests assert each message exactly).
    // What is left changes conditions, comparisons, operators, values and regexes.
    excludedMutations: ['BlockStatement', 'StringLiteral'],
  },
  incremental: true,
  incrementalFile: path.join(results, 'stryker-incremental.json'),
  tempDirName: path.relative(process.cwd(), path.join(work, 'sandbox')),
  cleanTempDir: 'always',
  ignorePatterns: ['.data', '.turbo', 'dashboard', 'docs', 'docker', 'bench', '**/*.log', 'api/test/reliability', 'api/test/e2e'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  htmlReporter: { fileName: path.join(results, 'mutation-report.html') },
  jsonReporter: { fileName: path.join(results, 'mutation-report.json') },
  disableTypeChecks: 'api/src/**/*.ts',
};
