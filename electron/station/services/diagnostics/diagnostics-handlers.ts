import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Diagnostics } from '../../../../shared/contract';
import type { Clock } from '../../clock';
import type { HandlerMap } from '../../contract/handler-map';
import type { StationDatabase } from '../../db/schema';
import { listRecentActivity } from '../activity/activity-repository';
import { readDatabaseFacts } from './database-facts';

export interface TransportFacts {
  kind: Diagnostics['transport']['kind'];
  clients(): number;
}

export function createDiagnosticsHandlers(deps: {
  sqlite: BetterSqlite3.Database;
  db: Kysely<StationDatabase>;
  file: string;
  clock: Clock;
  transport: () => TransportFacts;
}): HandlerMap<'diagnostics.get' | 'activity.recent'> {
  return {
    'diagnostics.get': () => {
      const transport = deps.transport();
      return {
        database: readDatabaseFacts(deps.sqlite, deps.file),
        runtime: {
          node: process.versions.node,
          electron: process.versions.electron ?? null,
          chrome: process.versions.chrome ?? null,
          platform: process.platform,
          arch: process.arch,
          pid: process.pid,
          uptimeSeconds: deps.clock.uptimeSeconds(),
          rssBytes: process.memoryUsage().rss,
        },
        transport: { kind: transport.kind, clients: transport.clients() },
      };
    },
    'activity.recent': ({ limit }) => listRecentActivity(deps.db, limit),
  };
}
