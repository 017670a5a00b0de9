import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** True when the API refused the token (expired, or signed with another secret). */
export function isSignInError(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  return false;
}

/** Turns whatever went wrong with a request into a sentence a dashboard user can act on. */
export function describeError(error: unknown): string {
  if (isSignInError(error)) {
    return 'The server did not accept the dashboard’s sign-in token (it may have expired). Reload the page to get a new one.';
  }
  if (CombinedGraphQLErrors.is(error)) {
    return `The server could not answer the question: ${error.errors.map((e) => e.message).join('; ')}`;
  }
  if (ServerError.is(error)) {
    return `The server had a problem (HTTP ${error.statusCode}). Try again in a few minutes.`;
  }
  if (ServerParseError.is(error)) {
    return 'The server sent an answer the dashboard could not read. Try again in a few minutes.';
  }
  if (error instanceof TypeError) {
    return 'The dashboard could not reach the server. Check your connection, then reload the page.';
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}
