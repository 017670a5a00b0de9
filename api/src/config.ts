import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './csv/import-limits';
import { isRealIsoDate, londonToday } from './shared/dates';

/** The repository root: relative paths in the environment are read from where the user ran npm. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

export interface Config {
  port: number;
  /** External PostgreSQL; absent means the embedded server under dataDir. */
  databaseUrl: string | undefined;
  /** The login requests use (role vawg_app); absent: derived for the embedded server, else SET ROLE. */
  databaseAppUrl: string | undefined;
  /** Read replicas of databaseUrl for read-only requests, logged into as the primary is; empty: all on the primary. */
  databaseReplicaUrls: string[];
  /** How many API processes `npm start` runs on the one port (node:cluster); 1 runs no cluster. */
  apiProcesses: number;
  dataDir: string;
  demoData: boolean;
  production: boolean;
  importHashSecret: string;
  jwtSecret: string;
  dashboardDist: string;
  /** Production sign-in: tokens from an OpenID Connect issuer instead of locally signed ones. */
  oidc: OidcConfig | undefined;
  /** Browser origins, besides the API's own, that may call it (CORS). */
  corsOrigins: string[];
  /** Schema introspection: on in development, off in production unless ENABLE_INTROSPECTION=true. */
  introspection: boolean;
  /** Largest /graphql request body for everyone but analysts, whose imports carry whole files. */
  graphqlMaxBodyBytes: number;
  /** Requests per minute per token or API key (per address without one); 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Reverse proxies in front that may set X-Forwarded-For (0: none, so the client's own address counts). */
  trustProxyHops: number;
  /** Largest file and most rows one import accepts. */
  importLimits: ImportLimits;
  logLevel: LogLevel;
  /** When set, /metrics needs "Authorization: Bearer <this>". */
  metricsToken: string | undefined;
  /** /metrics without a token: open in development, refused in production unless METRICS_PUBLIC=true. */
  metricsPublic: boolean;
  /** VAWG_TODAY: a pinned "today" (YYYY-MM-DD); absent, the real day in London. Read through today(). */
  today: string | undefined;
  /** Memory for cached GraphQL answers per API process (bytes, least recently used first out); 0 turns the cache off. */
  answerCacheBytes: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The claim carrying the role (analyst, member, funder, councillor). */
  roleClaim: string;
  /** The claim carrying a councillor's GSS ward codes (an array, or a comma-separated string). */
  wardsClaim: string;
}

function readOidc(): OidcConfig | undefined {
  const jwksUrl = process.env.OIDC_JWKS_URL;
  if (!jwksUrl) return undefined;
  const issuer = process.env.OIDC_ISSUER;
  const audience = process.env.OIDC_AUDIENCE;
  if (!issuer || !audience) throw new Error('OIDC_JWKS_URL needs OIDC_ISSUER and OIDC_AUDIENCE too');
  try {
    new URL(jwksUrl);
  } catch {
    throw new Error(`OIDC_JWKS_URL must be a URL; got "${jwksUrl}"`);
  }
  return { issuer, audience, jwksUrl, roleClaim: process.env.OIDC_ROLE_CLAIM || 'vawg_role', wardsClaim: process.env.OIDC_WARDS_CLAIM || 'vawg_wards' };
}

function readBoolean(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false; got "${raw}"`);
}

function readWholeNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number, ${min} or more; got "${raw}"`);
  return value;
}

/** Exact origins only (scheme, host and port): a wildcard would let any site read figures with a user's token. */
function readOrigins(): string[] {
  const raw = process.env.CORS_ORIGINS ?? '';
  return raw.split(',').map((o) => o.trim()).filter(Boolean).map((origin) => {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`CORS_ORIGINS must list origins like https://dashboard.example.org, comma-separated; got "${origin}"`);
    }
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
      throw new Error(`CORS_ORIGINS must list origins like https://dashboard.example.org (no path, no trailing slash); got "${origin}"`);
    }
    return origin;
  });
}

/** Replicas follow an external primary, so they need DATABASE_URL; each must be a PostgreSQL URL. */
function readReplicaUrls(databaseUrl: string | undefined): string[] {
  const urls = (process.env.DATABASE_REPLICA_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (urls.length && !databaseUrl) throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow an external primary');
  for (const url of urls) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      protocol = '';
    }
    if (!/^postgres(ql)?:$/.test(protocol)) {
      throw new Error(`DATABASE_REPLICA_URLS must list URLs like postgres://user:password@replica-host:5432/vawg_insight, comma-separated; got "${url.replace(/:[^:@/]*@/, ':***@')}"`);
    }
  }
  return urls;
}

function readLogLevel(): LogLevel {
  const raw = process.env.LOG_LEVEL || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${raw}"`);
  return raw as LogLevel;
}

function readPort(): number {
  const raw = process.env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535; got "${raw}"`);
  return port;
}

export function resolveDataDir(): string {
  return path.resolve(invokedFrom, process.env.DATA_DIR ?? path.join(REPO_ROOT, '.data'));
}

export type DevelopmentSecretName = 'importHashSecret' | 'jwtSecret' | 'databasePassword';

function secretsFile(dataDir: string): string {
  return path.join(dataDir, 'secrets.json');
}

/** A secret already kept in the data directory, if there is one (never makes one up). */
export function storedDevelopmentSecret(dataDir: string, name: DevelopmentSecretName): string | undefined {
  const file = secretsFile(dataDir);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>)[name] || undefined : undefined;
}

/**
 * Secrets that must outlive a restart (the hash key makes re-imports idempotent; the embedded
 * database's password) are generated once into the data directory in development; production must
 * supply them.
 */
export function developmentSecret(dataDir: string, name: DevelopmentSecretName): string {
  const stored = storedDevelopmentSecret(dataDir, name);
  if (stored) return stored;
  const file = secretsFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const secrets: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  secrets[name] = crypto.randomBytes(32).toString('base64url');
  // Written aside then renamed: the file is never seen half-written, nor ever readable by others.
  const aside = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(aside, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  fs.renameSync(aside, file);
  return secrets[name];
}

function secret(envName: string, key: 'importHashSecret' | 'jwtSecret', dataDir: string, production: boolean): string {
  const value = process.env[envName];
  if (value) {
    if (value.length < 16) throw new Error(`${envName} must be at least 16 characters long`);
    return value;
  }
  if (production) throw new Error(`${envName} is required when NODE_ENV=production`);
  return developmentSecret(dataDir, key);
}

/** Demo data comes with a sign-in anyone can take (GET /auth/demo-token): never in production. */
function readDemoData(production: boolean): boolean {
  const demoData = readBoolean('DEMO_DATA', !production);
  if (demoData && production) {
    throw new Error('DEMO_DATA=true is refused when NODE_ENV=production: demo data hands anyone a sign-in token. Set DEMO_DATA=false (or leave it out) in production.');
  }
  return demoData;
}

/** A token, or explicitly public, or (production's default) refused: never public by accident. */
function readMetricsAccess(production: boolean): { metricsToken: string | undefined; metricsPublic: boolean } {
  const metricsToken = process.env.METRICS_TOKEN || undefined;
  const explicitlyPublic = readBoolean('METRICS_PUBLIC', false);
  if (metricsToken && explicitlyPublic) throw new Error('METRICS_PUBLIC=true and METRICS_TOKEN are both set: choose one (a token, or metrics open to anyone who can reach the server)');
  return { metricsToken, metricsPublic: explicitlyPublic || !production };
}

/** VAWG_TODAY pins the day, so tests and a rehearsal can stand on any date; empty means the real one. */
function readToday(): string | undefined {
  const raw = process.env.VAWG_TODAY;
  if (raw === undefined || raw === '') return undefined;
  if (!isRealIsoDate(raw)) throw new Error(`VAWG_TODAY must be a real date written YYYY-MM-DD, or empty for the real day; got "${raw}"`);
  return raw;
}

/**
 * The one clock: today's date in London ('YYYY-MM-DD'), or VAWG_TODAY when set. Everything that
 * needs "today" (the current financial year, the last complete quarter, whether a month has ended)
 * asks here. Read afresh each time, so a test can set VAWG_TODAY without reloading the config.
 */
export function today(): string {
  return readToday() ?? londonToday();
}

let cached: Config | undefined;

/** Reads and checks every setting once; a bad value stops start-up with a message naming it. */
export function loadConfig(): Config {
  if (cached) return cached;
  process.env.TZ ??= 'Europe/London';
  const production = process.env.NODE_ENV === 'production';
  const dataDir = resolveDataDir();
  cached = {
    port: readPort(),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseAppUrl: process.env.DATABASE_APP_URL || undefined,
    databaseReplicaUrls: readReplicaUrls(process.env.DATABASE_URL || undefined),
    apiProcesses: readWholeNumber('API_PROCESSES', 1, 1),
    dataDir,
    demoData: readDemoData(production),
    production,
    importHashSecret: secret('IMPORT_HASH_SECRET', 'importHashSecret', dataDir, production),
    jwtSecret: secret('JWT_SECRET', 'jwtSecret', dataDir, production),
    dashboardDist: path.join(REPO_ROOT, 'dashboard', 'dist'),
    oidc: readOidc(),
    corsOrigins: readOrigins(),
    introspection: readBoolean('ENABLE_INTROSPECTION', !production),
    graphqlMaxBodyBytes: readWholeNumber('GRAPHQL_MAX_BODY_BYTES', 100 * 1024, 1024),
    rateLimitPerMinute: readWholeNumber('RATE_LIMIT_PER_MINUTE', 600, 0),
    trustProxyHops: readWholeNumber('TRUST_PROXY_HOPS', 0, 0),
    importLimits: {
      maxBytes: readWholeNumber('IMPORT_MAX_BYTES', DEFAULT_IMPORT_LIMITS.maxBytes, 1024),
      maxRows: readWholeNumber('IMPORT_MAX_ROWS', DEFAULT_IMPORT_LIMITS.maxRows, 1),
    },
    logLevel: readLogLevel(),
    ...readMetricsAccess(production),
    today: readToday(),
    answerCacheBytes: readWholeNumber('ANSWER_CACHE_BYTES', 64 * 1024 * 1024, 0),
  };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfigForTests(): void {
  cached = undefined;
}
