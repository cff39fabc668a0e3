import type { LogChange } from './shape-log-reader';
import { SHAPE_TABLES } from './shape-tables';
import type { ShapeDefinition } from './shape-tables';

type Value = Record<string, string | null>;

export interface ShapeMessage {
  key?: string;
  value?: Value;
  old_value?: Value;
  headers: Record<string, unknown>;
}

export const UP_TO_DATE: ShapeMessage = { headers: { control: 'up-to-date' } };
export const MUST_REFETCH: ShapeMessage = { headers: { control: 'must-refetch' } };

export function snapshotInsert(def: ShapeDefinition, key: string, value: Value): ShapeMessage {
  return { key, value, headers: { operation: 'insert', relation: ['public', def.table] } };
}

/**
 * Electric's replica modes: by default an update carries the key and the changed columns and a
 * delete only the key; replica=full sends whole rows and, for updates, the previous values of the
 * changed columns.
 */
export function changeMessage(def: ShapeDefinition, change: LogChange): ShapeMessage {
  const headers = {
    operation: change.operation,
    relation: ['public', def.table],
    txids: [Number(change.position.txid)],
  };
  const key = change.key;
  if (change.operation === 'insert') return { key, value: change.value, headers };
  const primaryKey: readonly string[] = SHAPE_TABLES[def.table].primaryKey;
  const pick = (from: Value, columns: readonly string[]): Value =>
    Object.fromEntries(columns.map((c) => [c, from[c] ?? null]));
  if (change.operation === 'delete') {
    return {
      key,
      value: def.replica === 'full' ? change.value : pick(change.value, primaryKey),
      headers,
    };
  }
  const old = change.oldValue ?? {};
  const changed = Object.keys(change.value).filter((c) => old[c] !== change.value[c]);
  if (def.replica === 'full') {
    return { key, value: change.value, old_value: pick(old, changed), headers };
  }
  return { key, value: pick(change.value, [...primaryKey, ...changed]), headers };
}
