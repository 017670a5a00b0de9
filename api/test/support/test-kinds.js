// Which test files need PostgreSQL: those that import, directly or through a test helper, one of the
// helpers that bring a database (or a server or CLI with one), or that read a database address
// themselves. Worked out from the imports, so a new test lands in the right jest project by itself.
const fs = require('node:fs');
const path = require('node:path');

const API_ROOT = path.resolve(__dirname, '..', '..');
const DATABASE_HELPERS = new Set(
  ['test/test-database.ts', 'test/support/server-process.ts', 'test/run-cli.ts', 'src/db/embedded-postgres.ts'].map((file) => path.join(API_ROOT, file)),
);
const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)'(\.{1,2}\/[^']+)'/g;
const READS_DATABASE_ADDRESS = /\b(?:TEST_ADMIN_)?DATABASE_URL\b/;

function resolveImport(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Test helpers are followed; product code is not (it never starts a database of its own). */
const isTestHelper = (file) => file.startsWith(path.join(API_ROOT, 'test') + path.sep) || /\.test-helper\.tsx?$/.test(file);

function needsDatabase(file, seen = new Map()) {
  if (seen.has(file)) return seen.get(file);
  seen.set(file, false);
  const text = fs.readFileSync(file, 'utf8');
  let answer = READS_DATABASE_ADDRESS.test(text);
  for (const [, specifier] of text.matchAll(IMPORT)) {
    if (answer) break;
    const target = resolveImport(file, specifier);
    if (!target) continue;
    if (DATABASE_HELPERS.has(target)) answer = true;
    else if (isTestHelper(target)) answer = needsDatabase(target, seen);
  }
  seen.set(file, answer);
  return answer;
}

function testFiles(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'reliability' ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every test file of `npm test`, split by whether it needs PostgreSQL. */
function testKinds() {
  const seen = new Map();
  const files = [...testFiles(path.join(API_ROOT, 'src')), ...testFiles(path.join(API_ROOT, 'test'))];
  return {
    database: files.filter((file) => needsDatabase(file, seen)),
    unit: files.filter((file) => !needsDatabase(file, seen)),
  };
}

module.exports = { testKinds, needsDatabase };
