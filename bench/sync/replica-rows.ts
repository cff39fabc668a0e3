import Database from 'better-sqlite3';
import { ALL_SHAPES, SHAPE_DEFINITIONS } from '../../electron/station/sync';
import type { ShapeDefinition } from '../../electron/station/sync/shape-definitions';

export type ReplicaValue = string | number | bigint | Buffer | null;

export interface ReplicaTableRows {
  definition: ShapeDefinition;
  /** Values in `definition.columns` order. */
  rows: ReplicaValue[][];
}

/** Every synced row of a closed station file, read through a read-only connection. */
export function readReplicaRows(file: string): ReplicaTableRows[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return ALL_SHAPES.map((shape) => {
      const definition = SHAPE_DEFINITIONS[shape];
      const rows = db
        .prepare(`SELECT ${definition.columns.join(', ')} FROM ${definition.table}`)
        .raw()
        .all() as ReplicaValue[][];
      return { definition, rows };
    });
  } finally {
    db.close();
  }
}

export function countRows(tables: readonly ReplicaTableRows[]): number {
  return tables.reduce((sum, t) => sum + t.rows.length, 0);
}

export function rowsOf(tables: readonly ReplicaTableRows[], table: string): number {
  return tables.find((t) => t.definition.table === table)?.rows.length ?? 0;
}
