/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';

// Issue 10: every period comes from the data (dataCoverage), so no year may be written into the
// dashboard's code. Comments may name a year as an example; code, strings and queries may not.
const SOURCE = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(tsx?|graphql)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The file without its comments (line and block comments in code, # in GraphQL). */
function withoutComments(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.graphql')) return text.replace(/#.*$/gm, '');
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the dashboard’s code', () => {
  it('writes no year: every chooser, default and range comes from the API', () => {
    const pinned = sourceFiles(SOURCE).flatMap((file) =>
      withoutComments(file)
        .split('\n')
        .flatMap((line, index) => (/(?<![\w-])(19|20)\d\d(?![\w-])/.test(line) ? [`${path.relative(SOURCE, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(pinned).toEqual([]);
  });
});
