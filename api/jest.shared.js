/** What every api jest run shares: also the base of the reliability suite and the mutation run. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
      module: { type: 'commonjs' },
    }],
  },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // The disclosure auditor's LP solver loads asynchronously (WebAssembly); tests that protect a cube directly need it ready.
  setupFilesAfterEnv: ['<rootDir>/test/setup-after-env.ts'],
  testTimeout: 120000,
};
