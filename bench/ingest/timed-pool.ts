import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Time spent per kind of statement, as the application waits for it (network + server). */
export class QueryTimings {
  readonly byStatement = new Map<string, { calls: number; totalMs: number }>();
  poolWaitMs = 0;
  totalMs = 0;

  add(statement: string, ms: number): void {
    const entry = this.byStatement.get(statement) ?? { calls: 0, totalMs: 0 };
    entry.calls += 1;
    entry.totalMs += ms;
    this.byStatement.set(statement, entry);
    this.totalMs += ms;
  }

  reset(): void {
    this.byStatement.clear();
    this.poolWaitMs = 0;
    this.totalMs = 0;
  }
}

/** "insert orders", "select stock_levels for update", "commit": what a statement is, briefly. */
export function statementKind(text: string): string {
  const sql = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const table = (pattern: RegExp) => pattern.exec(sql)?.[1] ?? '?';
  if (/^(begin|commit|rollback)\b/.test(sql)) return sql.split(' ')[0] ?? sql;
  if (sql.startsWith('insert')) return `insert ${table(/^insert into "?(\w+)"?/)}`;
  if (sql.startsWith('update')) return `update ${table(/^update "?(\w+)"?/)}`;
  if (sql.startsWith('select')) {
    if (sql.includes('nextval')) return 'select nextval';
    const what = sql.includes('count(') ? 'count' : 'select';
    const lock = sql.includes('for update') ? ' for update' : '';
    return `${what} ${table(/\bfrom "?(\w+)"?/)}${lock}`;
  }
  return sql.split(' ')[0] ?? sql;
}

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

class TimedClient implements PostgresPoolClient {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly timings: QueryTimings,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') {
      throw new Error('The timed pool does not stream; nothing in the ingest path uses cursors');
    }
    const start = process.hrtime.bigint();
    return this.client
      .query<Record<string, unknown>>(sqlOrCursor, [...parameters])
      .then((result) => {
        this.timings.add(statementKind(sqlOrCursor), msSince(start));
        return {
          command: result.command as PostgresQueryResult<R>['command'],
          rowCount: result.rowCount ?? 0,
          // pg hands back plain row objects; Kysely knows their shape from the query it built.
          rows: result.rows as unknown as R[],
        };
      });
  }

  release(destroy?: boolean): void {
    this.client.release(destroy);
  }
}

/** A pg pool for Kysely that times every statement, BEGIN and COMMIT included. */
export function timedPool(pool: pg.Pool, timings: QueryTimings): PostgresPool {
  return {
    async connect() {
      const start = process.hrtime.bigint();
      const client = await pool.connect();
      timings.poolWaitMs += msSince(start);
      return new TimedClient(client, timings);
    },
    end: () => pool.end(),
  };
}
