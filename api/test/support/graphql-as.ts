import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { AuthUser, Role } from '../../src/access/roles';
import type { Config } from '../../src/config';
import { loadReferenceCatalogue } from '../../src/reference/reference-catalogue';
import { buildApiSchema } from '../../src/server/schema';
import type { RequestContext } from '../../src/context/request-context';
import type { TestDatabase } from '../test-database';

let schema: Promise<GraphQLSchema> | undefined;

export const userWithRole = (role: Role): AuthUser => ({ subject: `test-${role}`, role, wards: role === 'councillor' ? ['E05000420'] : [] });

/**
 * Runs a GraphQL operation against the real schema as a signed-in user would, on the request pool
 * (role vawg_app, row-level security): authorization, argument validation and resolvers all apply.
 */
export async function runAs(db: TestDatabase, role: Role, source: string, variableValues: Record<string, unknown> = {}): Promise<ExecutionResult<Record<string, any>>> {
  schema ??= buildApiSchema();
  const contextValue: RequestContext = {
    user: userWithRole(role),
    config: {} as Config,
    dataSource: db.requestDataSource,
    reference: () => loadReferenceCatalogue(db.dataSource),
  };
  return graphql({ schema: await schema, source, variableValues, contextValue }) as Promise<ExecutionResult<Record<string, any>>>;
}

/** The first error of a result as a user sees it: code, argument and message. */
export function firstError(result: ExecutionResult): { code: unknown; argument?: unknown; message: string } | undefined {
  const error = result.errors?.[0];
  if (!error) return undefined;
  return { code: error.extensions?.code, ...(error.extensions?.argument !== undefined ? { argument: error.extensions.argument } : {}), message: error.message };
}
