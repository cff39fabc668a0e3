import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { CentralDatabase } from './schema';

// bigint (int8) columns carry money in minor units; they stay strings in pg and are parsed at the
// repository edge with a range check. count(*) is int8 too.

export interface CentralDb {
  pool: pg.Pool;
  db: Kysely<CentralDatabase>;
  close(): Promise<void>;
}

export function connectCentral(
  url: string,
  max = 20,
  onIdleError: (error: Error) => void = () => undefined,
): CentralDb {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'wharf-head-office' });
  // An idle client whose server connection dies (restart, failover) emits 'error' on the pool;
  // unhandled, that would crash the process. The next checkout reconnects.
  pool.on('error', (error) => onIdleError(error));
  const db = new Kysely<CentralDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    pool,
    db,
    close: async () => {
      await db.destroy();
      // Kysely ends the pool only if it ever used it.
      if (!pool.ended) await pool.end();
    },
  };
}
