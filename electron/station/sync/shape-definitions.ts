import type { SyncedShape } from '../../../shared/contract';
import { SHIPPING_SHAPE_DEFINITIONS } from './shipping-shape-definitions';

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
  | 'synced_station_mutations'
  | 'synced_fulfilments'
  | 'synced_fulfilment_lines'
  | 'synced_waves'
  | 'synced_picks'
  | 'synced_short_picks'
  | 'synced_parcels'
  | 'synced_scan_refusals'
  | 'synced_carriers'
  | 'synced_consignment_ranges'
  | 'synced_sscc_ranges'
  | 'synced_shipments'
  | 'synced_manifests';

export const SHAPE_DEFINITIONS: Readonly<Record<SyncedShape, ShapeDefinition>> = {
  warehouses: {
    shape: 'warehouses',
    table: 'synced_warehouses',
    primaryKey: ['id'],
    columns: [
      'id',
      'code',
      'name',
      'country',
      'postcode',
      'latitude',
      'longitude',
      'created_at',
      'address_line1',
      'city',
    ],
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
  // Released work and what the floor did with it, for this warehouse (issue 5).
  fulfilments: {
    shape: 'fulfilments',
    table: 'synced_fulfilments',
    primaryKey: ['id'],
    columns: [
      'id',
      'number',
      'order_id',
      'warehouse_id',
      'status',
      'order_number',
      'ship_to',
      'service_level',
      'created_at',
      'updated_at',
    ],
    booleanColumns: [],
    timeColumns: ['created_at', 'updated_at'],
  },
  fulfilment_lines: {
    shape: 'fulfilment_lines',
    table: 'synced_fulfilment_lines',
    primaryKey: ['id'],
    columns: ['id', 'fulfilment_id', 'order_line_id', 'product_id', 'quantity', 'warehouse_id'],
    booleanColumns: [],
    timeColumns: [],
  },
  waves: {
    shape: 'waves',
    table: 'synced_waves',
    primaryKey: ['id'],
    columns: [
      'id',
      'number',
      'warehouse_id',
      'kind',
      'fulfilments',
      'station_id',
      'person_id',
      'created_at',
    ],
    booleanColumns: [],
    timeColumns: ['created_at'],
  },
  picks: {
    shape: 'picks',
    table: 'synced_picks',
    primaryKey: ['id'],
    columns: [
      'id',
      'warehouse_id',
      'wave_id',
      'fulfilment_id',
      'fulfilment_line_id',
      'product_id',
      'bin_id',
      'quantity',
      'tote',
      'lot',
      'expiry',
      'serial',
      'station_id',
      'person_id',
      'picked_at',
      'reversed_at',
      'reversed_by',
    ],
    booleanColumns: [],
    timeColumns: ['picked_at', 'reversed_at'],
  },
  short_picks: {
    shape: 'short_picks',
    table: 'synced_short_picks',
    primaryKey: ['id'],
    columns: [
      'id',
      'warehouse_id',
      'wave_id',
      'fulfilment_id',
      'fulfilment_line_id',
      'product_id',
      'bin_id',
      'quantity',
      'reason',
      'resolution',
      'station_id',
      'person_id',
      'recorded_at',
    ],
    booleanColumns: [],
    timeColumns: ['recorded_at'],
  },
  parcels: {
    shape: 'parcels',
    table: 'synced_parcels',
    primaryKey: ['id'],
    columns: [
      'id',
      'number',
      'warehouse_id',
      'fulfilment_id',
      'box_code',
      'weight_grams',
      'length_mm',
      'width_mm',
      'height_mm',
      'items',
      'last',
      'station_id',
      'person_id',
      'closed_at',
    ],
    booleanColumns: ['last'],
    timeColumns: ['closed_at'],
  },
  scan_refusals: {
    shape: 'scan_refusals',
    table: 'synced_scan_refusals',
    primaryKey: ['id'],
    columns: [
      'id',
      'warehouse_id',
      'station_id',
      'person_id',
      'screen',
      'wave_id',
      'fulfilment_id',
      'reason',
      'detail',
      'scanned',
      'refused_at',
    ],
    booleanColumns: [],
    timeColumns: ['refused_at'],
  },
  ...SHIPPING_SHAPE_DEFINITIONS,
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
  'fulfilments',
  'fulfilment_lines',
  'waves',
  'picks',
  'short_picks',
  'parcels',
  'scan_refusals',
  'carriers',
  'consignment_ranges',
  'sscc_ranges',
  'shipments',
  'manifests',
];

/** Shapes whose rows the stock screens read: a change to them means `inventory.changed`. */
export const INVENTORY_SHAPES: readonly SyncedShape[] = [
  'bins',
  'products',
  'product_barcodes',
  'stock_levels',
  'bin_stock',
];

/** Shapes the pick, pack and floor screens read: a change to them means `floor.changed`. */
export const FLOOR_SHAPES: readonly SyncedShape[] = [
  'fulfilments',
  'fulfilment_lines',
  'waves',
  'picks',
  'short_picks',
  'parcels',
  'scan_refusals',
  'bin_stock',
];

/** Shapes the Ship screen reads: a change to them means `ship.changed`. */
export const SHIP_SHAPES: readonly SyncedShape[] = [
  'carriers',
  'consignment_ranges',
  'shipments',
  'manifests',
  'parcels',
  'fulfilments',
];
