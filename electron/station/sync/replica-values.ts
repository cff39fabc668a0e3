import type { Row, Value } from '@electric-sql/client';
import type { ShapeDefinition } from './shape-definitions';

export type SqliteValue = string | number | bigint | null;

// Postgres text form of timestamptz: `2026-11-26 16:15:01.123456+00` (offset may carry minutes).
const PG_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2})(?::?(\d{2}))?$/;

/** ISO-8601 UTC, so station code can compare and parse times without knowing Postgres. */
export function toIsoTime(text: string): string {
  const match = PG_TIMESTAMP.exec(text);
  if (!match) return text;
  const [, date, time, fraction = '', hours = '+00', minutes = '00'] = match;
  // Date keeps milliseconds only; microseconds would make some engines refuse the string.
  const millis = (fraction || '.').slice(0, 4).padEnd(4, '0');
  const parsed = new Date(`${date}T${time}${millis}${hours}:${minutes}`);
  return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString();
}

function toSqlite(definition: ShapeDefinition, column: string, value: Value): SqliteValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    if (definition.booleanColumns.includes(column))
      return value === 't' || value === 'true' ? 1 : 0;
    return definition.timeColumns.includes(column) ? toIsoTime(value) : value;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  // Arrays and json have no column in the replica yet; keep them readable rather than lose them.
  return JSON.stringify(value);
}

/** The replica's columns present in `value`, converted for SQLite, in definition order. */
export function replicaValues(
  definition: ShapeDefinition,
  value: Row,
): { columns: string[]; values: SqliteValue[] } {
  const columns: string[] = [];
  const values: SqliteValue[] = [];
  for (const column of definition.columns) {
    if (!Object.hasOwn(value, column)) continue;
    const raw = value[column];
    columns.push(column);
    values.push(toSqlite(definition, column, raw === undefined ? null : raw));
  }
  return { columns, values };
}
