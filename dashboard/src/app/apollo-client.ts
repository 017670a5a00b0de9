import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(token: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { Authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache(),
  });
}
