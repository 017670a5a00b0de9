import { createDataSource } from '../api/src/db/data-source';

/** For TypeORM's own CLI (`npx typeorm -d migrations/data-source.ts migration:show`); needs DATABASE_URL. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
