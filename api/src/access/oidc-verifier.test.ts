import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { oidcVerifier } from './token.service';

let server: http.Server;
let jwksUrl: string;
let privateKey: KeyLike;
let strangerKey: KeyLike;

beforeAll(async () => {
  const issuerKeys = await generateKeyPair('RS256', { extractable: true });
  privateKey = issuerKeys.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const publicKey = await exportJWK(issuerKeys.publicKey);
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [{ ...publicKey, kid: 'k1', alg: 'RS256', use: 'sig' }] })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const oidc = () => ({ issuer: 'https://login.example.org/lambeth', audience: 'vawg-insight', jwksUrl, roleClaim: 'vawg_role', wardsClaim: 'vawg_wards' });
const token = (claims: Record<string, unknown>, key: KeyLike = privateKey, issuer = 'https://login.example.org/lambeth') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('cllr-7').setIssuer(issuer).setAudience('vawg-insight').setExpirationTime('1h').sign(key);

describe('signing in through an OpenID Connect issuer', () => {
  it("reads the role and a councillor's wards from the configured claims", async () => {
    const verify = oidcVerifier(oidc());
    expect(await verify(await token({ vawg_role: 'councillor', vawg_wards: 'E05000426, E05000420' }))).toEqual({ subject: 'cllr-7', role: 'councillor', wards: ['E05000426', 'E05000420'] });
    expect(await verify(await token({ vawg_role: 'funder', vawg_wards: ['E05000426'] }))).toEqual({ subject: 'cllr-7', role: 'funder', wards: [] });
  });

  it('refuses a token signed by another key, from another issuer, or without a role', async () => {
    const verify = oidcVerifier(oidc());
    await expect(verify(await token({ vawg_role: 'analyst' }, strangerKey))).rejects.toThrow('the token is not valid');
    await expect(verify(await token({ vawg_role: 'analyst' }, privateKey, 'https://evil.example.org'))).rejects.toThrow('the token is not valid');
    await expect(verify(await token({ role: 'analyst' }))).rejects.toThrow('the token carries no known role');
  });
});
