import { mapClaims } from './claim-mapping';
import { readSignInSettings } from './sign-in.config';

const ORGANISATION = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'app-id', OIDC_CLIENT_SECRET: 'secret' };

describe('sign-in settings', () => {
  it('uses the built-in development provider only outside production', () => {
    expect(readSignInSettings(false, {}).provider).toEqual({ kind: 'development' });
    expect(readSignInSettings(true, {}).provider).toMatchObject({ kind: 'none' });
    expect(() => readSignInSettings(true, { SIGN_IN_DEVELOPMENT_PROVIDER: 'true' })).toThrow(
      'SIGN_IN_DEVELOPMENT_PROVIDER=true is refused when NODE_ENV=production: it lets anyone sign in as anyone. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET instead.',
    );
  });

  it('needs the whole app registration, and in production an https PUBLIC_URL to build the redirect address from', () => {
    expect(() => readSignInSettings(false, { OIDC_CLIENT_ID: 'app-id' })).toThrow('OIDC_CLIENT_ID needs OIDC_ISSUER and OIDC_CLIENT_SECRET too');
    expect(() => readSignInSettings(true, ORGANISATION)).toThrow('OIDC_CLIENT_ID needs PUBLIC_URL when NODE_ENV=production');
    expect(() => readSignInSettings(true, { ...ORGANISATION, PUBLIC_URL: 'http://vawg.example.org' })).toThrow('PUBLIC_URL must start https://');
    const settings = readSignInSettings(true, { ...ORGANISATION, PUBLIC_URL: 'https://vawg.example.org' });
    expect(settings).toMatchObject({ provider: { kind: 'organisation', scopes: 'openid profile email' }, publicUrl: 'https://vawg.example.org', secureCookies: true, idleMinutes: 60, maxHours: 12 });
  });

  it('names a bad mapping pair', () => {
    expect(() => readSignInSettings(false, { OIDC_ROLE_MAP: 'g1=admin' })).toThrow('OIDC_ROLE_MAP must list value=analyst|member|funder|councillor pairs, comma-separated; got "g1=admin"');
    expect(() => readSignInSettings(false, { OIDC_WARD_MAP: 'g-oval=Oval' })).toThrow('OIDC_WARD_MAP must list value=E05…… (a GSS ward code) pairs, comma-separated; got "g-oval=Oval"');
  });
});

describe('mapping claims to a role and wards', () => {
  const mapping = readSignInSettings(false, {
    OIDC_ROLE_MAP: '6f1e-analysts=analyst,0a2b-councillors=councillor',
    OIDC_WARD_MAP: 'ward-oval=E05000426',
  }).mapping;

  it('reads group ids through the map, role names directly, and gives the role that sees most', () => {
    expect(mapClaims({ groups: ['0a2b-councillors', '6f1e-analysts'] }, mapping)).toEqual({ role: 'analyst', wards: [] });
    expect(mapClaims({ roles: ['funder'] }, mapping)).toEqual({ role: 'funder', wards: [] });
    expect(mapClaims({ groups: ['somebody-else'], roles: 'Reader' }, mapping)).toEqual({ role: undefined, wards: [] });
  });

  it("reads a councillor's wards as GSS codes or through the ward map, and nothing else", () => {
    expect(mapClaims({ groups: ['0a2b-councillors'], vawg_wards: ['ward-oval', 'E05000420', 'Oval', 'E05000420'] }, mapping)).toEqual({ role: 'councillor', wards: ['E05000426', 'E05000420'] });
    expect(mapClaims({ roles: ['councillor'] }, mapping)).toEqual({ role: 'councillor', wards: [] });
  });
});
