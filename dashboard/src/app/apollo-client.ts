import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { recheckSession } from './session-choice';

/**
 * The GraphQL client for one session: `token` goes as "Authorization: Bearer …"; '' (signed in with
 * an account) sends no Authorization header, and the browser sends the session cookie by itself.
 */
/** The header a session's requests carry: "Authorization: Bearer …" for a token, none for '' (the cookie speaks). */
export function authorizationHeaders(token: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export function createApolloClient(token: string): ApolloClient {
  const headers = authorizationHeaders(token);
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      headers,
      credentials: 'same-origin',
      // A session that ended while the page was open (expired, or signed out in another tab): ask who is signed in now.
      fetch: token ? undefined : refusedSessionsRechecked,
    }),
    cache: new InMemoryCache(),
  });
}

async function refusedSessionsRechecked(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status === 401) recheckSession({ refused: true });
  return response;
}
