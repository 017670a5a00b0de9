import { loadConfig, resetConfigForTests } from './config';

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
