/** Kysely's view of the station database. Row types stay inside the repositories. */
export interface StationDatabase {
  settings: SettingsTable;
  activity_log: ActivityLogTable;
  schema_migrations: SchemaMigrationsTable;
  synced_warehouses: SyncedWarehousesTable;
  synced_bins: SyncedBinsTable;
  synced_products: SyncedProductsTable;
  synced_product_barcodes: SyncedProductBarcodesTable;
  synced_stock_levels: SyncedStockLevelsTable;
  synced_bin_stock: SyncedBinStockTable;
  sync_shapes: SyncShapesTable;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ActivityLogTable {
  id: string;
  at: string;
  kind: string;
  actor: string;
  summary: string;
  detail: string;
}

export interface SchemaMigrationsTable {
  id: number;
  name: string;
  checksum: string;
  applied_at: string;
}

/** Rows of the head-office replica: written only by the sync engine (electron/station/sync). */
export interface SyncedWarehousesTable {
  id: string;
  code: string;
  name: string;
  country: string;
  postcode: string;
  latitude: number;
  longitude: number;
  created_at: string;
}

export interface SyncedBinsTable {
  id: string;
  warehouse_id: string;
  code: string;
  pick_sequence: number;
  created_at: string;
}

export interface SyncedProductsTable {
  id: string;
  sku: string;
  gtin: string | null;
  name: string;
  weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  /** 0 or 1: SQLite has no boolean. */
  requires_lot: number;
  requires_serial: number;
  created_at: string;
}

export interface SyncedProductBarcodesTable {
  barcode: string;
  product_id: string;
  pack_quantity: number;
}

export interface SyncedStockLevelsTable {
  warehouse_id: string;
  product_id: string;
  on_hand: number;
  reserved: number;
}

export interface SyncedBinStockTable {
  bin_id: string;
  product_id: string;
  on_hand: number;
}

export interface SyncShapesTable {
  shape: string;
  handle: string | null;
  offset: string | null;
  state: 'initial-sync' | 'live' | 'offline' | 'error';
  last_up_to_date_at: string | null;
  last_error: string | null;
}
