import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';

/**
 * How a synced table's rows belong to a warehouse: the warehouse row itself, a warehouse_id
 * column, the warehouse of the row's bin, reference data every station needs whole, or rows
 * of the calling station alone (a station_id column; the row's warehouse_id too).
 */
type RowScope = 'own_warehouse' | 'warehouse_id' | 'bin_id' | 'reference' | 'own_station';

interface ShapeTableRule {
  primaryKey: readonly string[];
  scope: RowScope;
}

/** The tables a station may subscribe to; the migration attaches the capture trigger to each. */
export const SHAPE_TABLES = {
  warehouses: { primaryKey: ['id'], scope: 'own_warehouse' },
  bins: { primaryKey: ['id'], scope: 'warehouse_id' },
  products: { primaryKey: ['id'], scope: 'reference' },
  product_barcodes: { primaryKey: ['barcode'], scope: 'reference' },
  stock_levels: { primaryKey: ['warehouse_id', 'product_id'], scope: 'warehouse_id' },
  bin_stock: { primaryKey: ['bin_id', 'product_id'], scope: 'bin_id' },
  // Badge and PIN hashes included: people sign in at a station while it is offline.
  people: { primaryKey: ['id'], scope: 'reference' },
  // Outcomes of the station's own uploads; never another station's.
  station_mutations: { primaryKey: ['id'], scope: 'own_station' },
  // The floor (0006): the warehouse's work, whichever of its stations did it, so two stations
  // picking the same order see each other's picks.
  fulfilments: { primaryKey: ['id'], scope: 'warehouse_id' },
  fulfilment_lines: { primaryKey: ['id'], scope: 'warehouse_id' },
  waves: { primaryKey: ['id'], scope: 'warehouse_id' },
  picks: { primaryKey: ['id'], scope: 'warehouse_id' },
  short_picks: { primaryKey: ['id'], scope: 'warehouse_id' },
  parcels: { primaryKey: ['id'], scope: 'warehouse_id' },
  // Scans the floor refused, from every station of the warehouse (the manager's exceptions).
  scan_refusals: { primaryKey: ['id'], scope: 'warehouse_id' },
  // Shipping (0008): carriers and their rate cards, so quoting works offline; this station's own
  // consignment-number blocks; the warehouse's labels and manifests.
  carriers: { primaryKey: ['code'], scope: 'reference' },
  consignment_ranges: { primaryKey: ['id'], scope: 'own_station' },
  sscc_ranges: { primaryKey: ['id'], scope: 'own_station' },
  shipments: { primaryKey: ['id'], scope: 'warehouse_id' },
  manifests: { primaryKey: ['id'], scope: 'warehouse_id' },
} as const satisfies Record<string, ShapeTableRule>;

export type ShapeTable = keyof typeof SHAPE_TABLES;

export function isShapeTable(name: string): name is ShapeTable {
  return Object.hasOwn(SHAPE_TABLES, name);
}

/** One station's view of one table: everything that decides which rows and values it gets. */
export interface ShapeDefinition {
  table: ShapeTable;
  warehouseId: string;
  stationId: string;
  replica: 'default' | 'full';
}

/** The rows of the shape in the table itself (for the snapshot). */
export function snapshotFilter(def: ShapeDefinition): RawBuilder<boolean> {
  const scope: RowScope = SHAPE_TABLES[def.table].scope;
  switch (scope) {
    case 'own_warehouse':
      return sql<boolean>`id = ${def.warehouseId}::uuid`;
    case 'warehouse_id':
      return sql<boolean>`warehouse_id = ${def.warehouseId}::uuid`;
    case 'bin_id':
      return sql<boolean>`bin_id IN (SELECT id FROM bins WHERE warehouse_id = ${def.warehouseId}::uuid)`;
    case 'reference':
      return sql<boolean>`true`;
    case 'own_station':
      return sql<boolean>`station_id = ${def.stationId}::uuid`;
  }
}

/** The shape's rows in shape_changes, whose warehouse_id the capture trigger filled. */
export function changeFilter(def: ShapeDefinition): RawBuilder<boolean> {
  const scope: RowScope = SHAPE_TABLES[def.table].scope;
  if (scope === 'reference') return sql<boolean>`relation = ${def.table}`;
  if (scope === 'own_station') {
    // The trigger records only the warehouse; the station is read from the row value itself.
    return sql<boolean>`relation = ${def.table} AND warehouse_id = ${def.warehouseId}::uuid AND value ->> 'station_id' = ${def.stationId}`;
  }
  return sql<boolean>`relation = ${def.table} AND warehouse_id = ${def.warehouseId}::uuid`;
}

/** Electric's key: `"schema"."table"/"pk1"/"pk2"`, quotes doubled as the trigger does. */
export function rowKey(table: ShapeTable, value: Record<string, string | null>): string {
  const parts = SHAPE_TABLES[table].primaryKey.map(
    (column) => `"${(value[column] ?? '').replaceAll('"', '""')}"`,
  );
  return `"public"."${table}"/${parts.join('/')}`;
}
