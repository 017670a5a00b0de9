import { loadConfig, resetConfigForTests, today } from './config';
import { londonToday } from './shared/dates';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
});

function configWith(env: Record<string, string>) {
  Object.assign(process.env, env);
  resetConfigForTests();
  return loadConfig();
}

describe('more than one process, more than one database server', () => {
  it('reads the replicas as a list and the number of API processes', () => {
    const config = configWith({
      DATABASE_URL: 'postgres://vawg@primary:5432/vawg_insight',
      DATABASE_REPLICA_URLS: 'postgres://vawg@replica-1:5432/vawg_insight, postgresql://vawg@replica-2:5432/vawg_insight',
      API_PROCESSES: '2',
    });
    expect(config.databaseReplicaUrls).toEqual(['postgres://vawg@replica-1:5432/vawg_insight', 'postgresql://vawg@replica-2:5432/vawg_insight']);
    expect(config.apiProcesses).toBe(2);
  });

  it('runs one process on the primary alone by default', () => {
    const config = configWith({ DATABASE_REPLICA_URLS: '', API_PROCESSES: '' });
    expect(config.databaseReplicaUrls).toEqual([]);
    expect(config.apiProcesses).toBe(1);
  });

  it('refuses replicas without the primary they follow', () => {
    expect(() => configWith({ DATABASE_URL: '', DATABASE_REPLICA_URLS: 'postgres://vawg@replica-1:5432/vawg_insight' }))
      .toThrow('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow an external primary');
  });

  it('refuses a replica that is not a PostgreSQL URL, without echoing its password', () => {
    expect(() => configWith({ DATABASE_URL: 'postgres://vawg@primary/vawg_insight', DATABASE_REPLICA_URLS: 'mysql://vawg:secret@replica-1/vawg_insight' }))
      .toThrow('DATABASE_REPLICA_URLS must list URLs like postgres://user:password@replica-host:5432/vawg_insight, comma-separated; got "mysql://vawg:***@replica-1/vawg_insight"');
  });

  it('refuses zero API processes', () => {
    expect(() => configWith({ API_PROCESSES: '0' })).toThrow('API_PROCESSES must be a whole number, 1 or more; got "0"');
  });
});

describe('the side doors, closed in production', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'production-jwt-secret-0123456789', IMPORT_HASH_SECRET: 'production-hash-secret-0123456789' };

  it('refuses DEMO_DATA=true with NODE_ENV=production at start-up, saying why', () => {
    expect(() => configWith({ ...production, DEMO_DATA: 'true' }))
      .toThrow('DEMO_DATA=true is refused when NODE_ENV=production: demo data hands anyone a sign-in token. Set DEMO_DATA=false (or leave it out) in production.');
  });

  it('has no demo data in production by default, and demo data in development', () => {
    expect(configWith({ ...production, DEMO_DATA: '' }).demoData).toBe(false);
    expect(configWith({ NODE_ENV: 'development', DEMO_DATA: '' }).demoData).toBe(true);
  });

  it('closes /metrics in production without METRICS_TOKEN, unless METRICS_PUBLIC=true opens it', () => {
    expect(configWith({ ...production, METRICS_TOKEN: '', METRICS_PUBLIC: '' })).toMatchObject({ metricsToken: undefined, metricsPublic: false });
    expect(configWith({ ...production, METRICS_TOKEN: '', METRICS_PUBLIC: 'true' })).toMatchObject({ metricsToken: undefined, metricsPublic: true });
    expect(configWith({ NODE_ENV: 'development', METRICS_TOKEN: '', METRICS_PUBLIC: '' })).toMatchObject({ metricsPublic: true });
  });

  it('refuses METRICS_PUBLIC=true beside a METRICS_TOKEN', () => {
    expect(() => configWith({ METRICS_TOKEN: 'metrics-secret-0123456789', METRICS_PUBLIC: 'true' }))
      .toThrow('METRICS_PUBLIC=true and METRICS_TOKEN are both set: choose one (a token, or metrics open to anyone who can reach the server)');
  });
});

describe('the one clock', () => {
  it('is the real day in London unless VAWG_TODAY pins it', () => {
    expect(configWith({ VAWG_TODAY: '' }).today).toBeUndefined();
    expect(today()).toBe(londonToday());
    expect(configWith({ VAWG_TODAY: '2031-04-01' }).today).toBe('2031-04-01');
    expect(today()).toBe('2031-04-01');
  });

  it('refuses a VAWG_TODAY that is not a real date, at start-up', () => {
    expect(() => configWith({ VAWG_TODAY: '2026-02-30' })).toThrow('VAWG_TODAY must be a real date written YYYY-MM-DD, or empty for the real day; got "2026-02-30"');
  });
});
