import { SignJWT, UnsecuredJWT } from 'jose';
import { signToken, TOKEN_AUDIENCE, TOKEN_ISSUER, verifyToken } from './token.service';

const SECRET = 'a-secret-of-more-than-thirty-two-characters';

describe('tokens', () => {
  it('accepts its own signed token and reads the role and wards', async () => {
    const token = await signToken(SECRET, { subject: 'cllr-1', role: 'councillor', wards: ['E05000426'] });
    expect(await verifyToken(SECRET, token)).toEqual({ subject: 'cllr-1', role: 'councillor', wards: ['E05000426'] });
  });

  it('refuses an expired token', async () => {
    const token = await signToken(SECRET, { subject: 'x', role: 'member' }, -60);
    await expect(verifyToken(SECRET, token)).rejects.toThrow('the token has expired');
  });

  it('refuses a token signed with another key', async () => {
    const token = await signToken('another-secret-entirely-0123456789', { subject: 'x', role: 'analyst' });
    await expect(verifyToken(SECRET, token)).rejects.toThrow('the token is not valid');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const token = new UnsecuredJWT({ role: 'analyst', wards: [] }).setSubject('x').setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE).setExpirationTime('1h').encode();
    await expect(verifyToken(SECRET, token)).rejects.toThrow('the token is not valid');
  });

  it('refuses a token with an unknown role', async () => {
    const token = await new SignJWT({ role: 'superuser' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE).setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    await expect(verifyToken(SECRET, token)).rejects.toThrow('the token carries no known role');
  });

  it('refuses a token for another audience', async () => {
    const token = await new SignJWT({ role: 'member' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(TOKEN_ISSUER)
      .setAudience('another-app').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    await expect(verifyToken(SECRET, token)).rejects.toThrow('the token is not valid');
  });
});
