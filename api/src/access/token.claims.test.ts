import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { signToken, TOKEN_AUDIENCE, TOKEN_ISSUER, tokenVerifier, verifyToken } from './token.service';

const SECRET = 'a-secret-of-more-than-thirty-two-characters';
const key = new TextEncoder().encode(SECRET);
const local = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE);

describe('the claims of a token', () => {
  it('signs a development token for 12 hours by default, HS256, for this issuer and audience', async () => {
    const token = await signToken(SECRET, { subject: 'analyst-1', role: 'analyst' });
    const claims = decodeJwt(token);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256' });
    expect(claims).toMatchObject({ sub: 'analyst-1', role: 'analyst', wards: [], iss: 'vawg-insight', aud: 'vawg-insight' });
    expect((claims.exp as number) - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(12 * 3600 - 5);
    expect((claims.exp as number) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(12 * 3600);
  });

  it("keeps only well-formed GSS ward codes for a councillor, from a list or a comma-separated claim", async () => {
    const listed = await local({ role: 'councillor', wards: [' E05000426 ', 'E0500042', 'E050004261', 'xE05000420', 42, 'E05000420'] }).setSubject('c').setExpirationTime('1h').sign(key);
    expect(await verifyToken(SECRET, listed)).toEqual({ subject: 'c', role: 'councillor', wards: ['E05000426', 'E05000420'] });
    const joined = await local({ role: 'councillor', wards: 'E05000426,E05000417' }).setSubject('c').setExpirationTime('1h').sign(key);
    expect((await verifyToken(SECRET, joined)).wards).toEqual(['E05000426', 'E05000417']);
    const none = await local({ role: 'councillor', wards: 7 }).setSubject('c').setExpirationTime('1h').sign(key);
    expect((await verifyToken(SECRET, none)).wards).toEqual([]);
  });

  it('gives wards to councillors only', async () => {
    const token = await local({ role: 'member', wards: ['E05000426'] }).setSubject('m').setExpirationTime('1h').sign(key);
    expect(await verifyToken(SECRET, token)).toEqual({ subject: 'm', role: 'member', wards: [] });
  });

  it('refuses a token without an expiry or a subject, or from another issuer', async () => {
    await expect(verifyToken(SECRET, await local({ role: 'member' }).setSubject('m').sign(key))).rejects.toThrow('the token is not valid');
    await expect(verifyToken(SECRET, await local({ role: 'member' }).setExpirationTime('1h').sign(key))).rejects.toThrow('the token is not valid');
    const elsewhere = await new SignJWT({ role: 'member' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('someone-else').setAudience(TOKEN_AUDIENCE).setSubject('m').setExpirationTime('1h').sign(key);
    await expect(verifyToken(SECRET, elsewhere)).rejects.toThrow('the token is not valid');
  });

  it('refuses an HS512 token even with the right key: one algorithm only', async () => {
    const token = await new SignJWT({ role: 'member' }).setProtectedHeader({ alg: 'HS512' }).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE)
      .setSubject('m').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET.repeat(2)));
    await expect(verifyToken(SECRET.repeat(2), token)).rejects.toThrow('the token is not valid');
  });

  it('verifies locally signed tokens when no OpenID Connect issuer is configured', async () => {
    const verify = tokenVerifier({ jwtSecret: SECRET, oidc: undefined });
    expect(await verify(await signToken(SECRET, { subject: 'f', role: 'funder' }))).toEqual({ subject: 'f', role: 'funder', wards: [] });
    await expect(verify(await signToken('another-secret-entirely-0123456789', { subject: 'f', role: 'funder' }))).rejects.toThrow('the token is not valid');
  });
});
