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

/** True when the API said the period asked for is wholly before its dataset was collected (code NOT_COLLECTED). */
export function isNotCollected(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'NOT_COLLECTED');
}

/** The API's own words for a period before collection began, without the argument's name: "Gaia Centre referrals were not collected before January 2012". */
export function notCollectedMessage(error: unknown): string {
  const found = CombinedGraphQLErrors.is(error) ? error.errors.find((e) => e.extensions?.['code'] === 'NOT_COLLECTED') : undefined;
  const message = found?.message.replace(/^(Argument "\w+":|\w+:)\s*/, '') ?? 'These figures were not collected in this period';
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
