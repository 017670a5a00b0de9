import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { API_PATHS } from './api-paths';

describe('the addresses the development server forwards to the API', () => {
  it('include every address the API mounts for the dashboard (the operations endpoints aside)', () => {
    const app = fs.readFileSync(path.join(__dirname, '../../../api/src/server/app.ts'), 'utf8');
    const mounted = [...app.matchAll(/app\.(?:use|get|post)\(\s*'(\/[a-z-]+)/g)].map((match) => match[1] as string);
    const forDashboard = [...new Set(mounted)].filter((prefix) => !['/metrics', '/healthz'].includes(prefix));
    expect(forDashboard).toEqual(expect.arrayContaining(['/graphql', '/auth', '/imports']));
    expect([...API_PATHS].sort()).toEqual(expect.arrayContaining(forDashboard.sort()));
  });
});
