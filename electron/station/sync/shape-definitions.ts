import type { SyncedShape } from '../../../shared/contract';

/** How one head-office shape lands in its station table. */
export interface ShapeDefinition {
  shape: SyncedShape;
  table: ReplicaTable;
  /** The head-office primary key, which is also the replica's. */
  primaryKey: readonly string[];
  /** Every replica column; anything else the feed sends is ignored. */
  columns: readonly string[];
  /** Postgres booleans, stored as 0/1 because SQLite has none. */
  booleanColumns: readonly string[];
  /** timestamptz values, which arrive in Postgres text form and are stored as ISO-8601. */
  timeColumns: readonly string[];
}

export type ReplicaTable =
  | 'synced_warehouses'
  | 'synced_bins'
  | 'synced_products'
  | 'synced_product_barcodes'
  | 'synced_stock_levels'
  | 'synced_bin_stock'
  | 'synced_people'
  | 'synced_station_mutations';

export const SHAPE_DEFINITIONS: Readonly<Record<SyncedShape, ShapeDefinition>> = {
  warehouses: {
    shape: 'warehouses',
    table: 'synced_warehouses',
    primaryKey: ['id'],
    columns: ['id', 'code', 'name', 'country', 'postcode', 'latitude', 'longitude', 'created_at'],
    booleanColumns: [],
    timeColumns: ['created_at'],
  },
  bins: {
    shape: 'bins',
    table: 'synced_bins',
    primaryKey: ['id'],
    columns: ['id', 'warehouse_id', 'code', 'pick_sequence', 'created_at'],
    booleanColumns: [],
    timeColumns: ['created_at'],
  },
  products: {
    shape: 'products',
    table: 'synced_products',
    primaryKey: ['id'],
    columns: [
      'id',
      'sku',
      'gtin',
      'name',
      'weight_grams',
      'length_mm',
      'width_mm',
      'height_mm',
      'requires_lot',
      'requires_serial',
      'created_at',
    ],
    booleanColumns: ['requires_lot', 'requires_serial'],
    timeColumns: ['created_at'],
  },
  product_barcodes: {
    shape: 'product_barcodes',
    table: 'synced_product_barcodes',
    primaryKey: ['barcode'],
    columns: ['barcode', 'product_id', 'pack_quantity'],
    booleanColumns: [],
    timeColumns: [],
  },
  stock_levels: {
    shape: 'stock_levels',
    table: 'synced_stock_levels',
    primaryKey: ['warehouse_id', 'product_id'],
    columns: ['warehouse_id', 'product_id', 'on_hand', 'reserved'],
    booleanColumns: [],
    timeColumns: [],
  },
  bin_stock: {
    shape: 'bin_stock',
    table: 'synced_bin_stock',
    primaryKey: ['bin_id', 'product_id'],
    columns: ['bin_id', 'product_id', 'on_hand'],
    booleanColumns: [],
    timeColumns: [],
  },
  // The people of this station's warehouse, with only the hashes of their badges and PINs.
  people: {
    shape: 'people',
    table: 'synced_people',
    primaryKey: ['id'],
    columns: ['id', 'name', 'role', 'badge_hash', 'pin_hash', 'active', 'created_at'],
    booleanColumns: ['active'],
    timeColumns: ['created_at'],
  },
  // This station's own changes as the head office decided them (payload is kept as JSON text).
  station_mutations: {
    shape: 'station_mutations',
    table: 'synced_station_mutations',
    primaryKey: ['id'],
    columns: [
      'id',
      'station_id',
      'warehouse_id',
      'kind',
      'person_id',
      'payload',
      'status',
      'reject_code',
      'reject_message',
      'txid',
      'created_at',
      'applied_at',
    ],
    booleanColumns: [],
    timeColumns: ['created_at', 'applied_at'],
  },
};

/** Every shape, in an order where a row's parents usually arrive first. */
export const ALL_SHAPES: readonly SyncedShape[] = [
  'warehouses',
  'bins',
  'products',
  'product_barcodes',
  'stock_levels',
  'bin_stock',
  'people',
  'station_mutations',
];

/** Shapes whose rows the stock screens read: a change to them means `inventory.changed`. */
export const INVENTORY_SHAPES: readonly SyncedShape[] = [
  'bins',
  'products',
  'product_barcodes',
  'stock_levels',
  'bin_stock',
];
