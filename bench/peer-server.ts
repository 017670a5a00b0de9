import { createServer } from 'node:http';
import './node22-shim';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

/**
 * The peer: PostGraphile 5 with @graphile/pg-aggregates (and connection-filter for the date range)
 * over the same database. The aggregates plugin truncates only timestamps, to the hour or day; this
 * adds a financial quarter (a calendar quarter) for date columns and a plain count, so the peer runs
 * the same single GROUP BY as ours rather than summing days on the client.
 */
const QuarterAndCountPlugin: GraphileConfig.Plugin = {
  name: 'BenchQuarterAndCountPlugin',
  version: '0.0.0',
  after: ['PgAggregatesSpecsPlugin'],
  schema: {
    hooks: {
      build(build) {
        const sql = build.sql!; // set by graphile-build-pg's basics, which the aggregates plugin runs after
        const { TYPES } = build.dataplanPg!;
        const b = build as unknown as { pgAggregateGroupBySpecs: unknown[]; pgAggregateSpecs: unknown[] };
        b.pgAggregateGroupBySpecs.push({
          id: 'truncated-to-quarter',
          isSuitableType: (codec: unknown) => codec === TYPES.date,
          sqlWrap: (fragment: unknown) => sql`date_trunc('quarter', ${fragment as never})::date`,
          sqlWrapCodec: (codec: unknown) => codec,
        });
        b.pgAggregateSpecs.push({
          id: 'count', humanLabel: 'count', HumanLabel: 'Count',
          isSuitableType: () => true,
          sqlAggregateWrap: (fragment: unknown) => sql`count(${fragment as never})`,
          pgTypeCodecModifier: () => TYPES.bigint,
        });
        return build;
      },
    },
  },
};

async function main(): Promise<void> {
  const connectionString = process.env.PEER_DATABASE_URL;
  if (!connectionString) throw new Error('PEER_DATABASE_URL is required');
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
    plugins: [QuarterAndCountPlugin],
    pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } } as never)],
    grafserv: { graphiql: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on('error', (error) => { console.error(error); process.exit(1); });
  await serv.addTo(server);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`peer ready at http://127.0.0.1:${address.port}/graphql`);
  });
  process.on('SIGTERM', () => { void Promise.resolve(pgl.release()).finally(() => process.exit(0)); });
}

main().catch((error: Error) => {
  console.error(`the peer could not start: ${error.stack ?? error.message}`);
  process.exit(1);
});
