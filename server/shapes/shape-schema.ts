import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { SHAPE_TABLES } from './shape-tables';
import type { ShapeTable } from './shape-tables';

export interface ColumnInfo {
  type: string;
  not_null?: boolean;
  pk_index?: number;
  dims?: number;
  max_length?: number;
}

export interface TableSchema {
  /** Columns in table order, as the snapshot and the trigger write them. */
  columns: string[];
  /** The `electric-schema` header: how the client parses each text value. */
  header: Record<string, ColumnInfo>;
}

// Migrations run before the app starts, so a table's columns are fixed for the process.
const cache = new Map<ShapeTable, Promise<TableSchema>>();

export function tableSchema(db: Kysely<CentralDatabase>, table: ShapeTable): Promise<TableSchema> {
  let schema = cache.get(table);
  if (!schema) {
    schema = loadSchema(db, table);
    schema.catch(() => cache.delete(table));
    cache.set(table, schema);
  }
  return schema;
}

async function loadSchema(db: Kysely<CentralDatabase>, table: ShapeTable): Promise<TableSchema> {
  const { rows } = await sql<{
    name: string;
    type: string;
    elem_type: string | null;
    not_null: boolean;
    dims: number;
    typmod: number;
  }>`
    SELECT a.attname AS name, t.typname AS type, e.typname AS elem_type,
           a.attnotnull AS not_null, a.attndims AS dims, a.atttypmod AS typmod
      FROM pg_attribute a
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
     WHERE a.attrelid = ${`public.${table}`}::regclass AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`.execute(db);
  const primaryKey: readonly string[] = SHAPE_TABLES[table].primaryKey;
  const header: Record<string, ColumnInfo> = {};
  for (const row of rows) {
    const info: ColumnInfo = { type: row.elem_type ?? row.type };
    if (row.not_null) info.not_null = true;
    const pkIndex = primaryKey.indexOf(row.name);
    if (pkIndex >= 0) info.pk_index = pkIndex;
    if (row.elem_type) info.dims = Math.max(1, row.dims);
    // char(n) and varchar(n) keep n + 4 in the type modifier.
    if ((row.type === 'bpchar' || row.type === 'varchar') && row.typmod > 4) {
      info.max_length = row.typmod - 4;
    }
    header[row.name] = info;
  }
  return { columns: rows.map((r) => r.name), header };
}
