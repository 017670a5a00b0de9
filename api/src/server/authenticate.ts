import type { DataSource } from 'typeorm';
import { authenticateApiKey, looksLikeApiKey } from '../access/api-key.service';
import type { AuthUser } from '../access/roles';
import { InvalidTokenError, type TokenVerifier } from '../access/token.service';
import { unauthenticated } from '../shared/errors';

/** Who sent a request, from its bearer token (a signed JWT or a funder's API key); refuses anyone else. */
export async function authenticate(authorization: string | undefined, verifyToken: TokenVerifier, dataSource: DataSource): Promise<AuthUser> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" (npm run token -- --role ROLE prints one).');
  if (looksLikeApiKey(token)) {
    const user = await authenticateApiKey(dataSource, token);
    if (!user) throw unauthenticated('Not signed in: the API key is not valid or has been revoked.');
    return user;
  }
  try {
    return await verifyToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(`Not signed in: ${error.message}.`);
    throw error;
  }
}
