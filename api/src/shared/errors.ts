import { GraphQLError } from 'graphql';

/** A client mistake in one argument: the code funders' scripts can test, and a message naming the argument. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** A valid request this role may not make; names the argument when one is to blame. */
export function forbidden(message: string, argument?: string): GraphQLError {
  return new GraphQLError(argument ? `Argument "${argument}": ${message}` : message, { extensions: { code: 'FORBIDDEN', ...(argument ? { argument } : {}) } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
