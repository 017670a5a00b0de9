import { isRole, type Role } from '../access/roles';

/** Who signs people in: their organisation's OpenID Connect provider, or (development only) the built-in one. */
export type SignInProvider =
  | { kind: 'organisation'; issuer: string; clientId: string; clientSecret: string; scopes: string }
  | { kind: 'development' }
  | { kind: 'none'; why: string };

/** How a provider's claims become a role and a councillor's wards: configuration, not code. */
export interface ClaimMapping {
  /** Claims whose values name a role, directly ("councillor") or through roleMap (a group's id). */
  roleClaims: string[];
  roleMap: Map<string, Role>;
  /** The claim listing a councillor's wards: GSS codes, or values that wardMap turns into them. */
  wardsClaim: string;
  wardMap: Map<string, string>;
}

export interface SignInSettings {
  provider: SignInProvider;
  mapping: ClaimMapping;
  /** The address people reach the dashboard at (https://…, no path); absent in development, where the request's own is used. */
  publicUrl: string | undefined;
  idleMinutes: number;
  maxHours: number;
  /** Whom a person with no role should ask, in the refusal page's words. */
  helpContact: string;
  /** Secure cookies (and the __Host- prefix): production, which is served over HTTPS. */
  secureCookies: boolean;
}

const GSS_WARD = /^E05\d{6}$/;

function list(raw: string | undefined, fallback: string[]): string[] {
  const items = (raw ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  return items.length ? items : fallback;
}

/** "value=target" pairs, comma-separated; each target checked by `accept`, which names what is wrong. */
function pairs<T>(name: string, raw: string | undefined, accept: (target: string) => T | undefined, expected: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const pair of list(raw, [])) {
    const at = pair.lastIndexOf('=');
    const key = pair.slice(0, at).trim();
    const target = at > 0 ? accept(pair.slice(at + 1).trim()) : undefined;
    if (!key || target === undefined) throw new Error(`${name} must list value=${expected} pairs, comma-separated; got "${pair}"`);
    map.set(key, target);
  }
  return map;
}

function minutes(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} must be a whole number from 1 to ${max}; got "${raw}"`);
  return value;
}

function readPublicUrl(env: NodeJS.ProcessEnv, production: boolean): string | undefined {
  const raw = env.PUBLIC_URL;
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be the address people reach the dashboard at, like https://vawg.example.org; got "${raw}"`);
  }
  if (url.origin !== raw.replace(/\/$/, '')) throw new Error(`PUBLIC_URL must be an origin only (scheme, host and port, no path); got "${raw}"`);
  if (production && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must start https:// when NODE_ENV=production; got "${raw}"`);
  return url.origin;
}

function readProvider(env: NodeJS.ProcessEnv, production: boolean, publicUrl: string | undefined): SignInProvider {
  const clientId = env.OIDC_CLIENT_ID;
  const development = env.SIGN_IN_DEVELOPMENT_PROVIDER;
  if (clientId) {
    const issuer = env.OIDC_ISSUER;
    const clientSecret = env.OIDC_CLIENT_SECRET;
    if (!issuer || !clientSecret) throw new Error('OIDC_CLIENT_ID needs OIDC_ISSUER and OIDC_CLIENT_SECRET too (from the app registration at your identity provider)');
    if (production && !publicUrl) throw new Error('OIDC_CLIENT_ID needs PUBLIC_URL when NODE_ENV=production: the sign-in redirect address is built from it, never from a request');
    if (/^(true|1|yes)$/i.test(development ?? '')) throw new Error('SIGN_IN_DEVELOPMENT_PROVIDER=true and OIDC_CLIENT_ID are both set: choose one');
    return { kind: 'organisation', issuer, clientId, clientSecret, scopes: env.OIDC_SCOPES || 'openid profile email' };
  }
  if (production) {
    if (/^(true|1|yes)$/i.test(development ?? '')) {
      throw new Error('SIGN_IN_DEVELOPMENT_PROVIDER=true is refused when NODE_ENV=production: it lets anyone sign in as anyone. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET instead.');
    }
    return { kind: 'none', why: 'Signing in with an organisation account is not set up on this server: its administrator sets OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.' };
  }
  if (/^(false|0|no)$/i.test(development ?? '')) return { kind: 'none', why: 'Signing in through a provider is switched off on this server (SIGN_IN_DEVELOPMENT_PROVIDER=false, no OIDC_CLIENT_ID).' };
  return { kind: 'development' };
}

/** Reads and checks the sign-in settings once, at start-up; a bad value stops it with a message naming the variable. */
export function readSignInSettings(production: boolean, env: NodeJS.ProcessEnv = process.env): SignInSettings {
  const publicUrl = readPublicUrl(env, production);
  return {
    provider: readProvider(env, production, publicUrl),
    mapping: {
      roleClaims: list(env.OIDC_ROLE_CLAIMS, [env.OIDC_ROLE_CLAIM || 'vawg_role', 'roles', 'groups']),
      roleMap: pairs('OIDC_ROLE_MAP', env.OIDC_ROLE_MAP, (role) => (isRole(role) ? role : undefined), 'analyst|member|funder|councillor'),
      wardsClaim: env.OIDC_WARDS_CLAIM || 'vawg_wards',
      wardMap: pairs('OIDC_WARD_MAP', env.OIDC_WARD_MAP, (code) => (GSS_WARD.test(code) ? code : undefined), 'E05…… (a GSS ward code)'),
    },
    publicUrl,
    idleMinutes: minutes(env, 'SESSION_IDLE_MINUTES', 60, 24 * 60),
    maxHours: minutes(env, 'SESSION_MAX_HOURS', 12, 24 * 31),
    helpContact: env.SIGN_IN_HELP_CONTACT || 'the VAWG Insight team',
    secureCookies: production,
  };
}
