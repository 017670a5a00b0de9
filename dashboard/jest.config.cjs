/** Unit tests of the dashboard's pure logic (periods, annotations, CSV, wording); pages are tested in a real browser (api/test/e2e). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};
