/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const DASHBOARD = path.resolve(__dirname, '../../..');

describe('the generated GraphQL types', () => {
  it('are what codegen makes of schema/schema.graphql and the .graphql documents today', () => {
    const stdout = execFileSync(process.execPath, ['build/codegen-output.mjs'], { cwd: DASHBOARD, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const outputs = JSON.parse(stdout) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    const stale = outputs
      .map(({ filename, content }) => ({ file: path.resolve(DASHBOARD, filename), content }))
      .filter(({ file, content }) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content)
      .map(({ file }) => path.relative(DASHBOARD, file));
    if (stale.length > 0) {
      throw new Error(`Stale generated types in ${stale.join(', ')}: a .graphql document or schema/schema.graphql changed since. Run \`npm run codegen -w @vawg/dashboard\` and commit the result.`);
    }
  }, 60_000);
});
