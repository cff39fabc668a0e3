import type BetterSqlite3 from 'better-sqlite3';
import type { ShapeSyncState, ShapeSyncStatus, SyncedShape } from '../../../shared/contract';

/** Where a shape's stream stands; the client needs both halves to resume. */
export interface ShapePosition {
  handle: string;
  offset: string;
}

export interface StoredShape {
  position: ShapePosition | null;
  status: ShapeSyncStatus;
}

interface SyncShapeRow {
  handle: string | null;
  offset: string | null;
  state: ShapeSyncState;
  last_up_to_date_at: string | null;
  last_error: string | null;
}

export function readStoredShape(sqlite: BetterSqlite3.Database, shape: SyncedShape): StoredShape {
  const row = sqlite
    .prepare(
      'SELECT handle, "offset", state, last_up_to_date_at, last_error FROM sync_shapes WHERE shape = ?',
    )
    .get(shape) as SyncShapeRow | undefined;
  const position = row?.handle && row.offset ? { handle: row.handle, offset: row.offset } : null;
  return {
    position,
    status: {
      shape,
      state: row?.state ?? 'initial-sync',
      lastUpToDateAt: row?.last_up_to_date_at ?? null,
      lastError: row?.last_error ?? null,
    },
  };
}

/** Records the shape's status; `position` undefined leaves the stored one as it is. */
export function writeStoredShape(
  sqlite: BetterSqlite3.Database,
  status: ShapeSyncStatus,
  position?: ShapePosition | null,
): void {
  const values = {
    shape: status.shape,
    state: status.state,
    last_up_to_date_at: status.lastUpToDateAt,
    last_error: status.lastError,
  };
  if (position === undefined) {
    sqlite
      .prepare(
        `INSERT INTO sync_shapes (shape, state, last_up_to_date_at, last_error)
         VALUES (@shape, @state, @last_up_to_date_at, @last_error)
         ON CONFLICT (shape) DO UPDATE SET state = excluded.state,
           last_up_to_date_at = excluded.last_up_to_date_at, last_error = excluded.last_error`,
      )
      .run(values);
    return;
  }
  sqlite
    .prepare(
      `INSERT INTO sync_shapes (shape, handle, "offset", state, last_up_to_date_at, last_error)
       VALUES (@shape, @handle, @offset, @state, @last_up_to_date_at, @last_error)
       ON CONFLICT (shape) DO UPDATE SET handle = excluded.handle, "offset" = excluded."offset",
         state = excluded.state, last_up_to_date_at = excluded.last_up_to_date_at,
         last_error = excluded.last_error`,
    )
    .run({ ...values, handle: position?.handle ?? null, offset: position?.offset ?? null });
}
