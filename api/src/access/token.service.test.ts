import { SignJWT, UnsecuredJWT } from 'jose';
import { rememberVerifiedTokens, REVERIFY_AFTER_MS, signToken, tokenVerifier, TOKEN_AUDIENCE, TOKEN_ISSUER, verifyToken, type VerifiedToken } from './token.service';

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

describe('remembered tokens', () => {
  const user = { subject: 'f', role: 'funder' as const, wards: [] };
  function counting(expiresAt: number) {
    const calls: string[] = [];
    const verify = async (token: string): Promise<VerifiedToken> => {
      calls.push(token);
      if (token === 'forged') throw new Error('the token is not valid');
      return { user, expiresAt };
    };
    return { calls, verify };
  }

  it('checks a token once, then believes it until it is due to be checked again', async () => {
    let now = 1_000;
    const { calls, verify } = counting(now + 3_600_000);
    const remembered = rememberVerifiedTokens(verify, () => now);
    expect(await remembered('t')).toEqual(user);
    expect(await remembered('t')).toEqual(user);
    expect(calls).toEqual(['t']);
    now += REVERIFY_AFTER_MS;
    await remembered('t');
    expect(calls).toEqual(['t', 't']);
  });

  it('never remembers a token that failed, and checks again once a remembered one has expired', async () => {
    let now = 1_000;
    const { calls, verify } = counting(now + 10);
    const remembered = rememberVerifiedTokens(verify, () => now);
    await expect(remembered('forged')).rejects.toThrow('not valid');
    await expect(remembered('forged')).rejects.toThrow('not valid');
    await remembered('t');
    now += 10; // its exp
    await remembered('t');
    expect(calls).toEqual(['forged', 'forged', 't', 't']);
  });

  it('refuses an expired token through the server\'s verifier even after it was accepted', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const token = await signToken(SECRET, { subject: 'x', role: 'member' }, 60);
      const verify = tokenVerifier({ jwtSecret: SECRET, oidc: undefined });
      expect((await verify(token)).role).toBe('member');
      jest.setSystemTime(Date.now() + 61_000); // past its exp, well within the five minutes it would otherwise be believed
      await expect(verify(token)).rejects.toThrow('the token has expired');
    } finally {
      jest.useRealTimers();
    }
  });
});
