import type { DataSource } from 'typeorm';
import type { AuthUser } from '../access/roles';
import type { Config } from '../config';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';

/** What every resolver gets: the verified user, the database and the (cached) reference data. */
export interface RequestContext {
  user: AuthUser;
  config: Config;
  /** The request pool: role vawg_app, under row-level security. */
  dataSource: DataSource;
  reference: () => Promise<ReferenceCatalogue>;
}
