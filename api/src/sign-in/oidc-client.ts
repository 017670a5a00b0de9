import type * as OpenIdClient from 'openid-client';

/**
 * openid-client is an ES module. Node (20.19 and later) loads it with require(), but jest's module
 * system cannot: it is loaded when a sign-in first needs it, so nothing that merely imports the
 * app (every in-process test) has to load it.
 */
const openIdClient = () => require('openid-client') as typeof OpenIdClient;

export interface RelyingParty {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  redirectUri: string;
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Plain HTTP is allowed only to this machine (the development provider, a test's provider); anything else must be HTTPS. */
function onLoopback(issuer: string): boolean {
  const { hostname } = new URL(issuer);
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

const discovered = new Map<string, Promise<OpenIdClient.Configuration>>();

/** The provider's metadata and keys, fetched once per issuer and client (again after a failure). */
function configurationFor(party: RelyingParty): Promise<OpenIdClient.Configuration> {
  const key = `${party.issuer} ${party.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    const client = openIdClient();
    const insecure = onLoopback(party.issuer) && party.issuer.startsWith('http:');
    configuration = client
      .discovery(new URL(party.issuer), party.clientId, party.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        discovered.delete(key);
        throw error;
      });
    discovered.set(key, configuration);
  }
  return configuration;
}

/** Where to send the browser: the authorization code flow with PKCE (S256), a fresh state and nonce. */
export async function authorizationRequest(party: RelyingParty): Promise<AuthorizationRequest> {
  const client = openIdClient();
  const configuration = await configurationFor(party);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: party.redirectUri,
    scope: party.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

export interface ProviderAnswer {
  claims: Record<string, unknown>;
  idToken: string | null;
  issuer: string;
}

/**
 * Trades the code the provider sent back for tokens, checking what openid-client checks: the
 * state, the issuer (iss) of the response, the PKCE verifier (at the provider), the ID token's
 * signature, issuer, audience, expiry and nonce. Any failure throws.
 */
export async function redeemCode(party: RelyingParty, callbackUrl: URL, attempt: { state: string; nonce: string; codeVerifier: string }): Promise<ProviderAnswer> {
  const client = openIdClient();
  const configuration = await configurationFor(party);
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: attempt.codeVerifier,
    expectedState: attempt.state,
    expectedNonce: attempt.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the provider sent no ID token');
  return { claims: claims as Record<string, unknown>, idToken: tokens.id_token ?? null, issuer: configuration.serverMetadata().issuer };
}

/** The provider's sign-out address (RP-initiated logout), or undefined when it offers none. */
export async function providerSignOutUrl(party: RelyingParty, idToken: string | null, postLogoutRedirectUri: string): Promise<string | undefined> {
  const configuration = await configurationFor(party);
  if (!configuration.serverMetadata().end_session_endpoint) return undefined;
  return openIdClient().buildEndSessionUrl(configuration, {
    post_logout_redirect_uri: postLogoutRedirectUri,
    client_id: party.clientId,
    ...(idToken ? { id_token_hint: idToken } : {}),
  }).href;
}

/** What a refusal log line says about an error from the exchange, without tokens or codes. */
export function describeProviderError(error: unknown): string {
  if (error instanceof Error) {
    const { code, error: oauthError, error_description: description, cause } = error as Error & { code?: string; error?: string; error_description?: string };
    return [error.message, code, oauthError, description, cause instanceof Error ? describeProviderError(cause) : undefined].filter(Boolean).join(' | ');
  }
  return String(error);
}
