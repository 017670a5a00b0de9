import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'vite';

interface GraphqlDocumentsOptions {
  /** The SDL the API emits (schema/schema.graphql); every operation is validated against it. */
  schemaFile: string;
}

/**
 * Compiles a `.graphql` file imported by the app into a ready-parsed DocumentNode, so the browser
 * ships no GraphQL parser, and fails the build when it no longer fits the API's schema (a renamed
 * field breaks the build, not the user). The pages' operations come typed from src/graphql/generated
 * instead (npm run codegen); the explorer's example is imported here so a stale example fails the build.
 */
export function graphqlDocuments({ schemaFile }: GraphqlDocumentsOptions): Plugin {
  let schema: GraphQLSchema | undefined;

  return {
    name: 'vawg:graphql-documents',

    buildStart() {
      if (!existsSync(schemaFile)) {
        this.warn(`${schemaFile} was not found, so GraphQL operations are not checked against the API schema (run "npm run schema:emit").`);
        schema = undefined;
        return;
      }
      this.addWatchFile(schemaFile);
      schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    },

    load(id) {
      if (!id.endsWith('.graphql')) return null;
      const source = readFileSync(id, 'utf8');
      const where = path.relative(process.cwd(), id);
      const located = parse(source);
      if (schema) {
        const problems = validate(schema, located);
        if (problems.length > 0) {
          const lines = problems.map((problem) => {
            const at = problem.locations?.[0];
            return `  ${where}${at ? `:${at.line}:${at.column}` : ''}: ${problem.message}`;
          });
          this.error(`GraphQL operation does not match ${path.relative(process.cwd(), schemaFile)}:\n${lines.join('\n')}`);
        }
      }
      const document = parse(source, { noLocation: true });
      return { code: `export default ${JSON.stringify(document)};`, map: null, moduleType: 'js' };
    },
  };
}
