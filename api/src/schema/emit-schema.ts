import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { REPO_ROOT } from '../config';
import { buildApiSchema } from '../server/schema';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');

const HEADER = '# Generated from the API code by `npm run schema:emit`; do not edit by hand.\n# A test fails when this file is stale.\n\n';

/** The SDL of the API as the code defines it. */
export async function printApiSchema(): Promise<string> {
  return `${HEADER}${printSchema(await buildApiSchema())}\n`;
}

export async function writeSchemaFile(): Promise<void> {
  fs.writeFileSync(SCHEMA_FILE, await printApiSchema());
}
